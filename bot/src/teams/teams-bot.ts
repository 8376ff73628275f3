import type { Request, Response } from 'express';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { botAuthSettings } from './bot-auth';
import type { BotCredentials } from './bot-auth';
import type { BotDependencies } from '../chat/bot-dependencies';
import { registerChatCommands } from './chat-command-route';
import { chatCommands } from '../chat/commands/command-table';
import { registerInstallation } from './installation';
import { registerLibrarySearch } from './message-extension/library-search';
import { registerLinkUnfurl } from './message-extension/link-unfurl';
import { registerDashboardCard } from './viva/dashboard-card-extension';
import type { EventCardActions } from '../events/event-card-actions';
import { routeEventCards } from './event-card-routes';
import type { PollVoting } from '../polls/poll-voting';
import { registerPollActions } from './poll-actions';
import type { QuizCardActions } from '../learning/quiz-card-actions';
import { registerLearningActions } from './learning-actions';
import { createTurnErrorHandler } from './turn-error';
import type { ProactiveSender } from '../delivery/proactive-sender';
import { teamsSender } from './teams-sender';

/** Each concern registers its own routes; this file only assembles them. */
export interface TeamsBotOptions extends BotCredentials, BotDependencies {
  /** Presses on event cards' buttons (register, cancel); without it the bot has no event routes. */
  events?: EventCardActions;
  /** Votes and refreshes from poll cards; without it the bot has no poll routes. */
  polls?: PollVoting;
  /** Answers from training quiz cards; without it the bot has no quiz routes. */
  learning?: QuizCardActions;
}

export interface TeamsBot {
  app: Application;
  adapter: TeamsAdapter;
  handle(req: Request, res: Response): Promise<void>;
  /** Sends the delivery engine's messages through this bot, to services `isAllowedServiceUrl` accepts only. */
  proactiveSender(isAllowedServiceUrl: (serviceUrl: string) => boolean): ProactiveSender;
}

export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  const authSettings = botAuthSettings(options);
  const adapter = new TeamsAdapter(
    authSettings,
    new ConfigurationServiceClientCredentialFactory(authSettings),
  );
  // Replies are immediate, so a typing indicator would only add noise (and extra activities in expectReplies).
  const app = new Application({ adapter, botAppId: options.botAppId, startTypingTimer: false });

  registerInstallation(app, options);
  registerChatCommands(app, options, chatCommands);
  registerLibrarySearch(app, options);
  registerLinkUnfurl(app, options);
  registerDashboardCard(app, options);

  if (options.events) routeEventCards(app, options.events);
  if (options.polls) registerPollActions(app, options.polls);
  if (options.learning) registerLearningActions(app, options.learning, options.tabDeepLink);

  app.error(createTurnErrorHandler(options.logger));

  return {
    app,
    adapter,
    handle: (req, res) =>
      adapter.process(req, res, async (context) => {
        await app.run(context);
      }),
    proactiveSender: (isAllowedServiceUrl) =>
      teamsSender(adapter, options.botAppId ?? '', isAllowedServiceUrl),
  };
}
