import type { PointsEntryDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

/** The points ledger: entries are keyed by the event that earned them, so writing one twice changes nothing. */
export class PointsRepository extends TenantRepository<PointsEntryDoc> {
  async append(entries: readonly PointsEntryDoc[]): Promise<void> {
    for (const entry of entries) await this.upsert(entry);
  }

  /** A person's ledger, newest first: what their points are made of. */
  ofPerson(tenantId: string, personId: string): Promise<PointsEntryDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId ORDER BY c.at DESC',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  /** Erasure: the person's entries stay in the totals, credited to a pseudonym. */
  async pseudonymise(tenantId: string, personId: string, pseudonym: string): Promise<void> {
    for (const entry of await this.ofPerson(tenantId, personId)) {
      await this.upsert({ ...entry, personId: pseudonym });
    }
  }

  /** The entries one batch wrote, whichever attempt wrote them. */
  ofBatch(tenantId: string, batchId: string): Promise<PointsEntryDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.batchId = @batchId', [
      { name: '@tenantId', value: tenantId },
      { name: '@batchId', value: batchId },
    ]);
  }
}
