import { ABANDONED_AFTER_MS, postDueScheduledPosts } from '../sharing/scheduled-posts';
import type { ScheduledPosting } from '../sharing/scheduled-posts';
import type { Job } from './job-scheduler';

/** Scheduled posts go out within this of their time. */
const INTERVAL_MS = 1_000;
/** With nothing due soon, the job still looks this often (posts scheduled on another instance wake only it). */
const IDLE_INTERVAL_MS = 5 * 60_000;

/**
 * Posts scheduled LinkedIn posts at their time, across tenants, under a lease. Each post is also claimed under
 * its own ETag, so an instance that lost the lease mid-run never posts one twice. Scheduling in this process wakes
 * it; otherwise it sleeps until the next post falls due.
 */
export function scheduledPostJob(posting: ScheduledPosting): Job {
  const { scheduledPosts } = posting.repositories;
  return {
    name: 'scheduled-posts',
    intervalMs: INTERVAL_MS,
    idleIntervalMs: IDLE_INTERVAL_MS,
    wakeOn: (wake) => scheduledPosts.scheduled.listen(wake),
    async run({ signal, idle }) {
      await postDueScheduledPosts(posting, new Date(), signal);
      if (!signal.aborted) idle(await scheduledPosts.nextDueAt(ABANDONED_AFTER_MS));
    },
  };
}
