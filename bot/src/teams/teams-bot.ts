import type { Request, Response } from 'express';
import {
  ActivityTypes,
  CardFactory,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
} from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { toLocale } from '@contract/locale';
import { botAuthSettings } from './bot-auth';
import type { BotCredentials } from './bot-auth';
import type { BotLogger } from './bot-logger';
import { buildHelpCard } from './cards/help-card';
import { buildWelcomeCard } from './cards/welcome-card';
import { helpRequestLocale } from './help-command';
import { messagesFor } from './messages';
import { createTurnErrorHandler } from './turn-error';

export type TabPage = 'library' | 'charter';

export interface TeamsBotOptions extends BotCredentials {
  tabDeepLink: (page: TabPage) => string;
  logger: BotLogger;
}

export interface TeamsBot {
  app: Application;
  adapter: TeamsAdapter;
  handle(req: Request, res: Response): Promise<void>;
}

export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const authSettings = botAuthSettings(options);
  const adapter = new TeamsAdapter(
    authSettings,
    new ConfigurationServiceClientCredentialFactory(authSettings),
  );
  // Replies are immediate, so a typing indicator would only add noise (and extra activities in expectReplies).
  const app = new Application({ adapter, botAppId: options.botAppId, startTypingTimer: false });

  app.conversationUpdate('membersAdded', async (context) => {
    const { activity } = context;
    if (!isBotInstalledInPersonalChat(activity)) return;
    const links = { library: options.tabDeepLink('library'), charter: options.tabDeepLink('charter') };
    await sendCard(context, buildWelcomeCard(toLocale(activity.locale), links));
    options.logger.info({ conversationId: activity.conversation.id }, 'bot installed, welcome sent');
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const { locale, text } = context.activity;
    const helpHint = helpRequestLocale(text);
    if (helpHint) {
      await sendCard(context, buildHelpCard(locale ? toLocale(locale) : helpHint));
    } else {
      await context.sendActivity(messagesFor(toLocale(locale)).notUnderstood);
    }
  });

  app.error(createTurnErrorHandler(options.logger));

  return {
    app,
    adapter,
    handle: (req, res) =>
      adapter.process(req, res, async (context) => {
        await app.run(context);
      }),
  };
}

// Teams (beside installationUpdate) and the Agents Playground both send this on install: one welcome, not two.
function isBotInstalledInPersonalChat(activity: Activity): boolean {
  const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient.id) ?? false;
  // Teams says "personal"; the Playground may leave the type out. Team channels and group chats get no welcome.
  const type = activity.conversation.conversationType;
  return botAdded && (type === undefined || type === 'personal');
}

async function sendCard(context: TurnContext, card: object): Promise<void> {
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}
