import type { ActivityProjection } from '../activity/activity-projection';
import { drainActivity } from '../activity/drain-activity';
import type { Logger } from '../logger';
import type { ActivityRepository } from '../store/activity-repository';
import type { Job } from './job-scheduler';

/**
 * Turns the activity log into every projection (Insights counters, points…) under a lease: one instance at a
 * time, a few seconds behind the activity, in batches; a crashed batch is finished by the next run.
 */
export function activityProjectionJob(
  activity: ActivityRepository,
  projections: readonly ActivityProjection[],
  logger: Logger,
): Job {
  return {
    name: 'activity-projection',
    intervalMs: 2_000,
    async run() {
      const projected = await drainActivity(activity, projections, { batchSize: 500, maxBatches: 20 });
      if (projected > 0) logger.debug({ projected }, 'activity projected');
    },
  };
}
