import type { RunningService } from '../../bot/src/service';

/**
 * Waits until the service's own projection job has drained the activity log (it runs every few seconds under
 * its lease): tests read counters as a manager would, after the job, without running a second drainer.
 */
export async function projectionSettled(service: RunningService, timeoutMs = 30_000): Promise<void> {
  const { activity } = service.repositories;
  const deadline = Date.now() + timeoutMs;
  await service.settleClicks();
  for (;;) {
    const [untaken, unfinished] = await Promise.all([activity.untaken(1), activity.unfinishedBatch()]);
    if (untaken.length === 0 && !unfinished) return;
    if (Date.now() > deadline) throw new Error('the activity projection job did not drain the log in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
