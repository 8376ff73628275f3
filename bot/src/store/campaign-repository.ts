import type { CampaignDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class CampaignRepository extends TenantRepository<CampaignDoc> {}
