import type { PersonDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export class PeopleRepository extends TenantRepository<PersonDoc> {
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<PersonDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.displayName',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }

  countInGroup(tenantId: string, groupId: string): Promise<number> {
    return this.count(
      tenantId,
      'SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.groupIds, @groupId)',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@groupId', value: groupId },
      ],
    );
  }
}
