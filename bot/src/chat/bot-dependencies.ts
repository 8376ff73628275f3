import type { Repositories } from '../store/repositories';
import type { BotLogger } from './bot-logger';
import type { TabPage } from './tab-deep-link';

/** What the bot's handlers use: our own services and stores, never Teams-specific state. */
export interface BotDependencies {
  repositories: Repositories;
  /** The service's address as people reach it: links to it pasted in a chat unfurl into cards. */
  publicUrl: string;
  tabDeepLink: (page: TabPage) => string;
  logger: BotLogger;
}
