import type { CampaignDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class CampaignRepository extends TenantRepository<CampaignDoc> {
  /** A tenant runs a handful of campaigns at a time; targeting is decided in the domain over all of them. */
  list(tenantId: string): Promise<CampaignDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }

  /** `list` as read in the last few seconds: for the pages every ambassador opens, never to decide a write. */
  listRecent(tenantId: string): Promise<readonly CampaignDoc[]> {
    return this.recently(tenantId, 'list', () => this.list(tenantId));
  }
}
