import type { PollDoc } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export class PollRepository extends TenantRepository<PollDoc> {
  /** Each poll's status: whether one is drafted or was ever sent (the programme plan). */
  async statuses(tenantId: string): Promise<PollDoc['status'][]> {
    const { resources } = await this.container.items
      .query<PollDoc['status']>(
        {
          query: 'SELECT VALUE c.status FROM c WHERE c.tenantId = @tenantId',
          parameters: [{ name: '@tenantId', value: tenantId }],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /** Newest first, a page at a time: polls accumulate over the programme's life. */
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<PollDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt DESC',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }

  /** Open polls whose closing time has come, across tenants: what the closing job marks closed. */
  async dueForClosing(now: Date): Promise<PollDoc[]> {
    const { resources } = await this.container.items
      .query<PollDoc>({
        query: "SELECT * FROM c WHERE c.status = 'open' AND c.closesAt <= @now",
        parameters: [{ name: '@now', value: now.toISOString() }],
      })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }
}
