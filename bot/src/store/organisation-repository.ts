import type { OrganisationDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

/** One organisation document per tenant, whose id is the tenant id. */
export class OrganisationRepository extends TenantRepository<OrganisationDoc> {
  find(tenantId: string): Promise<OrganisationDoc | undefined> {
    return this.get(tenantId, tenantId);
  }
}
