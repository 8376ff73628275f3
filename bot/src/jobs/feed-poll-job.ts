import type { Logger } from '../logger';
import { feedImportActor, pollFeed } from '../intranet/poll-feed';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

/** Polls every tenant's intranet feeds in turn; one feed failing never stops the others. */
export function feedPollJob(
  repositories: Repositories,
  settings: { pollIntervalMs: number; fetchTimeoutMs: number },
  isAllowedAddress: (address: string) => boolean,
  logger: Logger,
): Job {
  return {
    name: 'feed-poll',
    intervalMs: settings.pollIntervalMs,
    async run() {
      for (const feed of await repositories.feeds.everyTenant()) {
        try {
          const outcome = await pollFeed(repositories, feed, {
            timeoutMs: settings.fetchTimeoutMs,
            isAllowedAddress,
            actor: feedImportActor(feed.tenantId),
          });
          if (outcome.status === 'error')
            logger.warn({ feedId: feed.id, reason: outcome.message }, 'feed not read');
        } catch (error) {
          logger.error({ err: error, feedId: feed.id }, 'feed poll failed');
        }
      }
    },
  };
}
