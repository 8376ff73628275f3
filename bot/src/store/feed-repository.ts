import type { FeedDoc } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository } from './tenant-repository';

export class FeedRepository extends TenantRepository<FeedDoc> {
  /** Oldest first; a tenant has a handful of feeds, sorted here rather than indexed. */
  async list(tenantId: string): Promise<FeedDoc[]> {
    const feeds = await this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
    return feeds.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Every tenant's feeds, for the polling job: the one read that crosses partitions, on a small container. */
  async everyTenant(): Promise<FeedDoc[]> {
    const { resources } = await this.container.items.query<FeedDoc>('SELECT * FROM c').fetchAll();
    return resources.map(withoutSystemProperties);
  }
}
