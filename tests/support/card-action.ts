import type { AdaptiveCard } from '../../bot/src/chat/cards/adaptive-card';
import { invokeBot } from './bot-invoke';

/**
 * A press on an Adaptive Card's `Action.Execute` button, as Teams sends it to the bot: an `adaptiveCard/action`
 * invoke with the replies in the response body (`expectReplies`). Answers the card that replaces the person's copy.
 */
export async function pressCardAction(
  serviceUrl: string,
  personId: string,
  action: { verb: string; data: Record<string, string> },
): Promise<AdaptiveCard> {
  const { body } = (await invokeBot(serviceUrl, {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', ...action } },
    personId,
  })) as { body?: { type: string; value: AdaptiveCard } };
  if (body?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`The bot did not answer with a card: ${JSON.stringify(body)}`);
  }
  return body.value;
}
