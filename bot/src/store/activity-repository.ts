import type { ActivityEventDoc } from '../domain/documents';
import type { LeaderShare } from '../domain/insights/leaders-participation';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository } from './tenant-repository';
import { WorkSignal } from './work-signal';

const BULK_SIZE = 100;

/** The append-only activity log; the projection job turns it into counters and points. */
export class ActivityRepository extends TenantRepository<ActivityEventDoc> {
  /** Notified when events are recorded in this process (not when the projection marks them). */
  readonly recorded = new WorkSignal();

  async record(event: ActivityEventDoc): Promise<void> {
    await this.container.items.create(event);
    this.recorded.notify();
  }

  /** Many events at once (demo data, benchmarks, the dispatcher), in bulk requests of 100. */
  async recordAll(events: readonly ActivityEventDoc[]): Promise<void> {
    await this.writeAll(events);
    if (events.length > 0) this.recorded.notify();
  }

  private async writeAll(events: readonly ActivityEventDoc[]): Promise<void> {
    for (let start = 0; start < events.length; start += BULK_SIZE) {
      const chunk = events.slice(start, start + BULK_SIZE);
      const results = await this.container.items.bulk(
        chunk.map((event) => ({ operationType: 'Upsert' as const, resourceBody: { ...event } })),
      );
      const failed = results.find((result) => result.statusCode >= 400);
      if (failed) throw new Error(`activity events not recorded (status ${failed.statusCode})`);
    }
  }

  /**
   * The batch a projection run took but did not finish (its events carry a batch id but no `projectedAt`):
   * it must be applied again, with the same id, before anything else.
   */
  async unfinishedBatch(): Promise<{ tenantId: string; batchId: string } | undefined> {
    const { resources } = await this.container.items
      .query<{ tenantId: string; batchId: string }>(
        'SELECT TOP 1 c.tenantId, c.batchId FROM c WHERE IS_DEFINED(c.batchId) AND NOT IS_DEFINED(c.projectedAt)',
      )
      .fetchAll();
    return resources[0];
  }

  ofBatch(tenantId: string, batchId: string): Promise<ActivityEventDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.batchId = @batchId', [
      { name: '@tenantId', value: tenantId },
      { name: '@batchId', value: batchId },
    ]);
  }

  /** The oldest events no projection run has taken yet, across tenants. */
  async untaken(limit: number): Promise<ActivityEventDoc[]> {
    const { resources } = await this.container.items
      .query<ActivityEventDoc>({
        query: 'SELECT TOP @limit * FROM c WHERE NOT IS_DEFINED(c.batchId) ORDER BY c.at',
        parameters: [{ name: '@limit', value: limit }],
      })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }

  /** Writes events back with what the projection job set on them (`batchId`, then `projectedAt`). */
  async mark(events: readonly ActivityEventDoc[], fields: Pick<ActivityEventDoc, 'batchId' | 'projectedAt'>) {
    await this.writeAll(events.map((event) => ({ ...event, ...fields })));
  }

  /** These people's shares since `since` (first shares, as Insights counts them): leaders' participation. */
  async sharesSince(tenantId: string, personIds: readonly string[], since: string): Promise<LeaderShare[]> {
    if (personIds.length === 0) return [];
    const { resources } = await this.container.items
      .query<LeaderShare>(
        {
          query: `SELECT c.personId, c.at FROM c WHERE c.tenantId = @tenantId AND c.type = 'share'
                    AND ARRAY_CONTAINS(@personIds, c.personId) AND c.at >= @since`,
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@personIds', value: [...personIds] },
            { name: '@since', value: since },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /** After erasure: the person's events are credited to their pseudonym and carry nothing else about them. */
  async pseudonymise(tenantId: string, personId: string, pseudonym: string): Promise<void> {
    const theirs = await this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
    // A share's id, which click and share events name as their subject, is built on the person's (`shareIdOf`).
    await this.writeAll(
      theirs.map((event) => ({
        ...event,
        personId: pseudonym,
        ...(event.subjectId ? { subjectId: event.subjectId.replace(personId, pseudonym) } : {}),
      })),
    );
  }

  /** Events from before `before`, except those `keep` spares (a legal hold). */
  purgeBefore(tenantId: string, before: string, keep: (event: ActivityEventDoc) => boolean): Promise<number> {
    return this.deleteSelected(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.at < @before',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before },
      ],
      keep,
    );
  }
}
