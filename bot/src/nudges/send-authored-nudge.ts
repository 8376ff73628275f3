import { enqueueMessage } from '../delivery/enqueue-message';
import type { NudgeDoc } from '../domain/documents';
import { authoredRecipients } from '../domain/nudges/authored-audience';
import type { Repositories } from '../store/repositories';
import { authoredNudgeRenderer } from './render-nudge';

/**
 * Sends a manager's nudge whose time has come: claimed first (a cancellation that came first wins, and two
 * instances never both send it), written to the outbox, then marked sent. A nudge left `sending` by an
 * instance that stopped is sent again: the outbox ignores deliveries it already holds.
 */
export async function sendAuthoredNudge(
  repositories: Pick<Repositories, 'nudges' | 'people' | 'conversations' | 'outbox' | 'archive'>,
  nudge: Pick<NudgeDoc, 'tenantId' | 'id'>,
  publicUrl: string,
  now: Date,
): Promise<NudgeDoc | undefined> {
  const claimed = await repositories.nudges.update(nudge.tenantId, nudge.id, (current) =>
    current.status === 'scheduled' && Date.parse(current.sendAt) <= now.getTime()
      ? { ...current, status: 'sending' }
      : current,
  );
  if (claimed?.status !== 'sending') return claimed;
  const { now: recipients, inDigest } = authoredRecipients(
    claimed,
    await repositories.people.ambassadors(claimed.tenantId),
  );
  const outcome = await enqueueMessage(
    repositories,
    {
      tenantId: claimed.tenantId,
      messageId: claimed.id,
      kind: 'nudge',
      recipients,
      render: authoredNudgeRenderer(claimed, publicUrl),
    },
    now,
  );
  return repositories.nudges.update(claimed.tenantId, claimed.id, (current) => ({
    ...current,
    status: 'sent',
    sentAt: now.toISOString(),
    outcome: { ...outcome, inDigest },
  }));
}
