import { CardFactory, MessageFactory } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../chat/cards/adaptive-card';

/** Answers in the turn's conversation: a plain message, or a card. */
export async function reply(context: TurnContext, message: string | AdaptiveCard): Promise<void> {
  await context.sendActivity(
    typeof message === 'string' ? message : MessageFactory.attachment(CardFactory.adaptiveCard(message)),
  );
}
