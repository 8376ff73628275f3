import type { CharterAcceptanceDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

/** Charter acceptances are written once and never changed, except to pseudonymise a person who leaves. */
export class AcceptanceRepository extends TenantRepository<CharterAcceptanceDoc> {
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<CharterAcceptanceDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.acceptedAt DESC',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }

  ofPerson(tenantId: string, personId: string): Promise<CharterAcceptanceDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }
}
