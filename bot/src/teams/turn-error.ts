import type { TurnContext } from 'botbuilder';
import { toLocale } from '@contract/locale';
import type { BotLogger } from '../chat/bot-logger';
import { messagesFor } from '../chat/messages';

/** Logs a failed turn and tells the user in one plain sentence; details stay in the log, never in the chat. */
export function createTurnErrorHandler(logger: BotLogger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { activity } = context;
    logger.error(
      { err: error, activityType: activity.type, conversationId: activity.conversation?.id },
      'bot turn failed',
    );
    try {
      await context.sendActivity(messagesFor(toLocale(activity.locale)).turnError);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not send the apology after a failed turn');
    }
  };
}
