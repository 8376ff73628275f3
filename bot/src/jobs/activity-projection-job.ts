import type { ActivityProjection } from '../activity/activity-projection';
import { drainActivity } from '../activity/drain-activity';
import type { Logger } from '../logger';
import type { ActivityRepository } from '../store/activity-repository';
import type { Job } from './job-scheduler';

/** With nothing to project, the log is looked at this often: events recorded in this process wake it at once. */
const IDLE_INTERVAL_MS = 5 * 60_000;

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
    idleIntervalMs: IDLE_INTERVAL_MS,
    wakeOn: (wake) => activity.recorded.listen(wake),
    async run({ idle }) {
      const projected = await drainActivity(activity, projections, { batchSize: 500, maxBatches: 20 });
      if (projected === 0) idle();
      else logger.debug({ projected }, 'activity projected');
    },
  };
}
