import type { StandingDoc } from '../domain/documents';
import { emptyStanding, hasApplied, markApplied, standingId } from '../domain/standings';
import { withoutSystemProperties } from './system-properties';
import { isStatus, TenantRepository } from './tenant-repository';

const MAX_CONFLICT_RETRIES = 5;

/** Pre-aggregated standings: the projection adds to them batch by batch, leaderboards read them in order. */
export class StandingRepository extends TenantRepository<StandingDoc> {
  /**
   * Applies one batch's change to a standing, creating it if needed, at most once per batch id: a batch
   * handed again changes nothing. Concurrent writers are settled by ETag (replace) or id (create).
   */
  async applyBatch(
    key: { tenantId: string; scope: string; kind: StandingDoc['kind']; subjectId: string },
    batchId: string,
    at: string,
    change: (current: StandingDoc) => StandingDoc,
  ): Promise<StandingDoc> {
    const id = standingId(key.scope, key.kind, key.subjectId);
    for (let attempt = 0; ; attempt++) {
      const { resource, etag } = await this.container.item(id, key.tenantId).read<StandingDoc>();
      try {
        if (!resource) {
          const created = markApplied(
            change(emptyStanding(key.tenantId, key.scope, key.kind, key.subjectId, at)),
            batchId,
            at,
          );
          await this.container.items.create(created);
          return created;
        }
        const current = withoutSystemProperties(resource);
        if (hasApplied(current, batchId)) return current;
        const next = markApplied(change(current), batchId, at);
        await this.container.item(id, key.tenantId).replace(next, {
          accessCondition: { type: 'IfMatch', condition: etag },
        });
        return next;
      } catch (error) {
        if (!(isStatus(error, 412) || isStatus(error, 409)) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  top(tenantId: string, scope: string, kind: StandingDoc['kind'], limit: number): Promise<StandingDoc[]> {
    return this.queryAll(
      tenantId,
      `SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.scope = @scope AND c.kind = @kind
       ORDER BY c.points DESC`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@scope', value: scope },
        { name: '@kind', value: kind },
        { name: '@limit', value: limit },
      ],
    );
  }

  /** How many people of the scope have more points: one plus that is the rank. */
  countAhead(tenantId: string, scope: string, points: number): Promise<number> {
    return this.count(
      tenantId,
      `SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId AND c.scope = @scope AND c.kind = 'person'
         AND c.points > @points`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@scope', value: scope },
        { name: '@points', value: points },
      ],
    );
  }

  /** Every standing of one person, programme and challenges: where their badges are. */
  ofPerson(tenantId: string, personId: string): Promise<StandingDoc[]> {
    return this.queryAll(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'person' AND c.subjectId = @personId",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  /** Erasure: the person leaves every leaderboard; their groups' standings keep the points they brought. */
  async deletePerson(tenantId: string, personId: string): Promise<void> {
    for (const standing of await this.ofPerson(tenantId, personId)) await this.delete(tenantId, standing.id);
  }

  /** Places a challenge's winner (idempotent: placing again gives the same place). */
  async place(tenantId: string, id: string, place: number): Promise<void> {
    await this.update(tenantId, id, (current) => ({ ...current, place }));
  }
}
