import type { ActivityEventDoc } from '../domain/documents';

/**
 * Something kept up to date from the activity log (Insights counters, points and standings). The projection
 * job hands each batch of events to every projection; after a crash it hands the same batch again with the
 * same `batchId`, so a projection must apply a batch at most once (e.g. by remembering the batch ids applied,
 * or by writing documents whose ids derive from the events).
 */
export interface ActivityProjection {
  name: string;
  apply(tenantId: string, events: readonly ActivityEventDoc[], batchId: string): Promise<void>;
}
