import { randomBytes } from 'node:crypto';
import { messageEntries } from '../domain/archive/archive-entries';
import type { DeliveryKind, OutboxDoc, OutgoingMessage, PersonDoc } from '../domain/documents';
import { canReceiveNudges } from '../domain/enrolment';
import { nextAllowedInstant } from '../domain/quiet-hours';
import type { Repositories } from '../store/repositories';

/** A proactive message for many people, each reading it in their own language. */
export interface ProactiveMessage {
  tenantId: string;
  /** The nudge, poll, event or challenge: one delivery per recipient of it, ever. */
  messageId: string;
  kind: DeliveryKind;
  recipients: readonly PersonDoc[];
  /** `linkProof` is the delivery's own secret, for links that record what the recipient did (nudge buttons). */
  render(person: PersonDoc, linkProof: string): OutgoingMessage;
}

export interface EnqueueOutcome {
  /** Deliveries written to the outbox now (recipients already queued for this message are not counted). */
  queued: number;
  /** Ambassadors the bot cannot reach: they never installed it, or blocked it. */
  unreachable: number;
  /** People who turned nudges off or are not ambassadors (any more). */
  optedOut: number;
}

/**
 * The one way every proactive message leaves: written to the outbox (the dispatcher sends it at the tenant's
 * rate), only to ambassadors who accept nudges and whom the bot can reach, never inside their quiet hours.
 */
export async function enqueueMessage(
  repositories: Pick<Repositories, 'conversations' | 'outbox' | 'archive'>,
  message: ProactiveMessage,
  now: Date,
): Promise<EnqueueOutcome> {
  const willing = message.recipients.filter(canReceiveNudges);
  const conversations = await repositories.conversations.reachable(
    message.tenantId,
    willing.map((person) => person.id),
  );
  const deliveries: OutboxDoc[] = [];
  for (const person of willing) {
    const conversation = conversations.get(person.id);
    if (!conversation) continue;
    const preferences = person.enrolment.preferences;
    const notBefore = preferences ? nextAllowedInstant(preferences, now) : now;
    const linkProof = randomBytes(16).toString('base64url');
    deliveries.push({
      id: `${message.messageId}:${person.id}`,
      tenantId: message.tenantId,
      messageId: message.messageId,
      kind: message.kind,
      personId: person.id,
      address: {
        teamsUserId: conversation.teamsUserId,
        conversationId: conversation.conversationId,
        serviceUrl: conversation.serviceUrl,
      },
      message: message.render(person, linkProof),
      linkProof,
      groupIds: person.groupIds,
      ...(person.brandId ? { brandId: person.brandId } : {}),
      status: 'pending',
      notBefore: notBefore.toISOString(),
      enqueuedAt: now.toISOString(),
      attempts: 0,
    });
  }
  const queued = await repositories.outbox.enqueue(deliveries);
  // Archived once it is on its way; a repeat enqueue that queued nobody new archives nothing again.
  if (queued > 0) {
    const entries = messageEntries({
      messageId: message.messageId,
      kind: message.kind,
      renderings: deliveries.map((delivery) => delivery.message),
      at: now.toISOString(),
    });
    for (const entry of entries) await repositories.archive.append(message.tenantId, entry);
  }
  return {
    queued,
    unreachable: willing.length - deliveries.length,
    optedOut: message.recipients.length - willing.length,
  };
}
