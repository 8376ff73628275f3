import { purgeExpired } from '../compliance/purge-expired';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

const DAY_MS = 86_400_000;

/**
 * Once a day per tenant, under a lease, removes what is past its retention (see `purgeExpired`). It looks
 * hourly and acts on tenants whose last purge is a day old.
 */
export function retentionPurgeJob(
  repositories: Repositories,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'retention-purge',
    intervalMs: 60 * 60_000,
    async run({ signal }) {
      for (const tenantId of await repositories.organisations.tenantIds()) {
        if (signal.aborted) return;
        const now = clock();
        const last = (await repositories.organisations.find(tenantId))?.compliance?.lastPurge?.at;
        if (last && now.getTime() - Date.parse(last) < DAY_MS) continue;
        try {
          logger.info({ tenantId, ...(await purgeExpired(repositories, tenantId, now)) }, 'retention purge');
        } catch (error) {
          logger.error({ err: error, tenantId }, 'retention purge failed; the next turn retries');
        }
      }
    },
  };
}
