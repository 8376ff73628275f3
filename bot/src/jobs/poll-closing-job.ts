import { closePoll } from '../domain/poll';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

/**
 * Marks open polls closed once their closing time has come, across tenants, under a lease. Votes are refused
 * from the closing time whether or not this ran (see `pollStatus`); the status makes lists and queries say so.
 */
export function pollClosingJob(
  repositories: Pick<Repositories, 'polls'>,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'poll-closing',
    intervalMs: 30_000,
    async run() {
      const now = clock();
      for (const due of await repositories.polls.dueForClosing(now)) {
        try {
          // Decided again on the latest version: a manager may have closed it since the query.
          await repositories.polls.update(due.tenantId, due.id, (current) => {
            const decision = closePoll(current, now);
            return decision.ok ? decision.poll : current;
          });
        } catch (error) {
          logger.error({ err: error, pollId: due.id }, 'poll not closed');
        }
      }
    },
  };
}
