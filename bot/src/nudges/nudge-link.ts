import type { OutboxDoc } from '../domain/documents';

/** Where a nudge's button leads in the tab: an item, a campaign's content, the library, or the person's data. */
export type NudgeTarget =
  | { type: 'item'; id: string }
  | { type: 'campaign'; id: string }
  | { type: 'library' }
  | { type: 'my-data' }
  | { type: 'learning' };

/** The delivery a nudge link stands for, and the proof its recipient's card carries (see `OutboxDoc.linkProof`). */
export type NudgeLinkDelivery = Pick<OutboxDoc, 'tenantId' | 'messageId' | 'personId'> & {
  linkProof: string;
};

/**
 * `/n/{tenantId}/{deliveryId}?to=item:{id}&p={proof}`: the address a nudge card's button opens. Only a request
 * carrying the delivery's proof is recorded as acted on: the ids alone are easy to guess.
 */
export function nudgeLinkUrl(publicUrl: string, delivery: NudgeLinkDelivery, target: NudgeTarget): string {
  const deliveryId = `${delivery.messageId}:${delivery.personId}`;
  const to = 'id' in target ? `${target.type}:${target.id}` : target.type;
  const query = new URLSearchParams({ to, p: delivery.linkProof });
  return `${publicUrl}/n/${encodeURIComponent(delivery.tenantId)}/${encodeURIComponent(deliveryId)}?${query}`;
}
