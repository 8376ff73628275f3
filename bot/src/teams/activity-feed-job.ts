import type { Job } from '../jobs/job-scheduler';
import type { ActivityFeed } from './activity-feed';

/** With nothing pending, the notices are looked at this often, or when the next one falls due if sooner. */
const IDLE_INTERVAL_MS = 5 * 60_000;

/**
 * Sends the activity feed's notices in the background, on one instance at a time, renewing its lease (three
 * intervals) between two notices.
 */
export function activityFeedJob(feed: ActivityFeed): Job {
  return {
    name: 'activity-feed',
    intervalMs: 5_000,
    idleIntervalMs: IDLE_INTERVAL_MS,
    // Notices announced in this process wake it at once.
    wakeOn: (wake) => feed.notices.enqueued.listen(wake),
    run: (context) => feed.sendDue(context),
  };
}
