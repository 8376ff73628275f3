import type { CampaignDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class CampaignRepository extends TenantRepository<CampaignDoc> {
  /** A tenant runs a handful of campaigns at a time; targeting is decided in the domain over all of them. */
  list(tenantId: string): Promise<CampaignDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }
}
