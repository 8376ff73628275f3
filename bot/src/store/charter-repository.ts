import type { CharterVersionDoc } from '../domain/documents';
import { isStatus, TenantRepository } from './tenant-repository';

export class CharterRepository extends TenantRepository<CharterVersionDoc> {
  list(tenantId: string): Promise<CharterVersionDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }

  /** False when this version exists already: someone published it first, and it is never replaced. */
  async publish(version: CharterVersionDoc): Promise<boolean> {
    try {
      await this.container.items.create(version);
      return true;
    } catch (error) {
      if (isStatus(error, 409)) return false;
      throw error;
    }
  }
}
