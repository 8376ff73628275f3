import type { ArchiveStore } from '../compliance/archive-store';
import { exportWholeDays } from '../compliance/export-daily';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

/**
 * Once a day is over, its archive records go to the immutable archive store, tenant by tenant, under a
 * lease. It looks hourly: the work is a day's records at most, and nothing when the day is done.
 */
export function archiveExportJob(
  repositories: Repositories,
  store: ArchiveStore,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'archive-export',
    intervalMs: 60 * 60_000,
    async run({ signal }) {
      for (const tenantId of await repositories.organisations.tenantIds()) {
        if (signal.aborted) return;
        try {
          const days = await exportWholeDays(repositories, store, tenantId, clock(), signal);
          if (days.length > 0) logger.info({ tenantId, days }, 'archive exported');
        } catch (error) {
          logger.error({ err: error, tenantId }, 'archive export failed; the next turn retries');
        }
      }
    },
  };
}
