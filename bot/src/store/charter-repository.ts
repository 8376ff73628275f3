import type { CharterVersionDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class CharterRepository extends TenantRepository<CharterVersionDoc> {
  list(tenantId: string): Promise<CharterVersionDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }
}
