import { randomUUID } from 'node:crypto';
import type { ActivityEventDoc } from '../domain/documents';
import type { ActivityRepository } from '../store/activity-repository';
import type { ActivityProjection } from './activity-projection';

export interface DrainOptions {
  /** Events per batch: one batch is one call of each projection. */
  batchSize: number;
  /** Batches per run at most, so a run ends and the lease is renewed between runs. */
  maxBatches: number;
}

/**
 * Drains the activity log into the projections, one batch at a time: a batch left unfinished by a crash is
 * applied again first, with the same id (projections apply a batch at most once); otherwise the oldest events
 * not taken yet are marked with a new batch id, applied, then marked projected. Returns the events projected.
 */
export async function drainActivity(
  activity: ActivityRepository,
  projections: readonly ActivityProjection[],
  options: DrainOptions,
  clock: () => Date = () => new Date(),
): Promise<number> {
  let projected = 0;
  for (let batches = 0; batches < options.maxBatches; batches++) {
    const batch = await nextBatch(activity, options.batchSize);
    if (!batch) break;
    for (const projection of projections) {
      await projection.apply(batch.tenantId, batch.events, batch.batchId);
    }
    await activity.mark(batch.events, { batchId: batch.batchId, projectedAt: clock().toISOString() });
    projected += batch.events.length;
  }
  return projected;
}

async function nextBatch(
  activity: ActivityRepository,
  batchSize: number,
): Promise<{ tenantId: string; batchId: string; events: ActivityEventDoc[] } | undefined> {
  const unfinished = await activity.unfinishedBatch();
  if (unfinished) {
    return { ...unfinished, events: await activity.ofBatch(unfinished.tenantId, unfinished.batchId) };
  }
  const untaken = await activity.untaken(batchSize);
  const tenantId = untaken[0]?.tenantId;
  if (!tenantId) return undefined;
  // A batch belongs to one tenant: projections apply it inside that tenant's partition.
  const events = untaken.filter((event) => event.tenantId === tenantId);
  const batchId = randomUUID();
  await activity.mark(events, { batchId });
  return { tenantId, batchId, events: events.map((event) => ({ ...event, batchId })) };
}
