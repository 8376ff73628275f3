import type { ChallengeDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class ChallengeRepository extends TenantRepository<ChallengeDoc> {
  /** A tenant runs a handful of challenges a year: lists are small enough to read whole. */
  list(tenantId: string): Promise<ChallengeDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }

  /** Planned challenges across tenants with a card or a close still to do: what the challenge job works on. */
  async needingAttention(now: Date): Promise<ChallengeDoc[]> {
    const { resources } = await this.container.items
      .query<ChallengeDoc>({
        query: `SELECT * FROM c WHERE c.status = 'scheduled' AND c.startsAt <= @now
                  AND (NOT IS_DEFINED(c.announcedAt) OR NOT IS_DEFINED(c.midwayAt) OR NOT IS_DEFINED(c.closedAt))`,
        parameters: [{ name: '@now', value: now.toISOString() }],
      })
      .fetchAll();
    return resources;
  }
}
