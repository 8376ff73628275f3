import type { OrganisationDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

/** One organisation document per tenant, whose id is the tenant id. */
export class OrganisationRepository extends TenantRepository<OrganisationDoc> {
  find(tenantId: string): Promise<OrganisationDoc | undefined> {
    return this.get(tenantId, tenantId);
  }

  /** Every tenant's id, for jobs that serve them all. */
  async tenantIds(): Promise<string[]> {
    const { resources } = await this.container.items
      .query<string>('SELECT VALUE c.tenantId FROM c')
      .fetchAll();
    return resources;
  }
}
