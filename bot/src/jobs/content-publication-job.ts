import { canTransition } from '../domain/content-workflow';
import { isDueForPublication, published, withEvent } from '../domain/content-item';
import type { ContentItemDoc, PersonRef } from '../domain/documents';
import { recordAudit } from '../compliance/record-audit';
import type { Principal } from '../identity/principal';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

const SCHEDULE: PersonRef = { id: 'system:content-publication', displayName: 'Ambassade' };

function scheduleActor(tenantId: string): Principal {
  return { tenantId, objectId: SCHEDULE.id, name: 'Publication schedule', username: '', roles: [] };
}

/**
 * Publishes approved content whose publication time has come and marks published content past its expiry as
 * expired, across tenants, under a lease: one instance does it. (The library already hides expired content
 * by its date; the status makes the studio say so too.)
 */
export function contentPublicationJob(
  repositories: Repositories,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'content-publication',
    intervalMs: 30_000,
    async run() {
      const now = clock();
      for (const due of await repositories.content.dueForPublicationOrExpiry(now)) {
        try {
          await advance(repositories, due, now);
        } catch (error) {
          logger.error({ err: error, itemId: due.id }, 'content not published or expired');
        }
      }
    },
  };
}

async function advance(repositories: Repositories, due: ContentItemDoc, now: Date): Promise<void> {
  let before: ContentItemDoc | undefined;
  // Decided again on the latest version: a withdrawal may have come in since the query.
  const after = await repositories.content.update(due.tenantId, due.id, (current) => {
    before = current;
    if (canTransition(current.status, 'publish') && isDueForPublication(current, now)) {
      return published(current, now, SCHEDULE);
    }
    if (
      canTransition(current.status, 'expire') &&
      current.expiresAt &&
      Date.parse(current.expiresAt) <= now.getTime()
    ) {
      const at = now.toISOString();
      return withEvent(
        { ...current, status: 'expired', updatedAt: at },
        { at, by: SCHEDULE, action: 'expired' },
      );
    }
    return current;
  });
  if (!after || !before || after.status === before.status) return;
  await recordAudit(
    repositories,
    scheduleActor(due.tenantId),
    `content.${after.status}`,
    { type: 'content', id: due.id },
    {
      before: { status: before.status },
      after: { status: after.status, publishedAt: after.publishedAt },
    },
  );
}
