import type { Config } from '../config';
import type { Logger } from '../logger';
import { applyNudgeRules } from '../nudges/apply-nudge-rules';
import { sendAuthoredNudge } from '../nudges/send-authored-nudge';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

/**
 * On its interval, under a lease (one instance at a time): sends the managers' nudges whose time has come,
 * then applies the nudge rules to every tenant. Both only write to the outbox; the dispatcher sends.
 */
export function nudgeRulesJob(
  repositories: Repositories,
  settings: Config['nudges'],
  publicUrl: string,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'nudge-rules',
    intervalMs: settings.intervalMs,
    async run() {
      const now = clock();
      for (const nudge of await repositories.nudges.dueAuthored(now)) {
        await sendAuthoredNudge(repositories, nudge, publicUrl, now).catch((error: unknown) =>
          logger.error({ err: error, nudgeId: nudge.id }, 'scheduled nudge not sent; tried again next turn'),
        );
      }
      for (const tenantId of await repositories.organisations.tenantIds()) {
        await applyNudgeRules(repositories, tenantId, settings, publicUrl, now).catch((error: unknown) =>
          logger.error({ err: error, tenantId }, 'nudge rules not applied; tried again next turn'),
        );
      }
    },
  };
}
