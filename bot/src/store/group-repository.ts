import type { GroupDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class GroupRepository extends TenantRepository<GroupDoc> {
  list(tenantId: string): Promise<GroupDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }
}
