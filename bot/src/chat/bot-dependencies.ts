import type { Repositories } from '../store/repositories';
import type { WritingModel } from '../writing-help/writing-model';
import type { BotLogger } from './bot-logger';
import type { TabPage } from './tab-deep-link';

/** What the bot's handlers use: our own services and stores, never Teams-specific state. */
export interface BotDependencies {
  repositories: Repositories;
  /** The service's address as people reach it: links to it pasted in a chat unfurl into cards. */
  publicUrl: string;
  tabDeepLink: (page: TabPage) => string;
  logger: BotLogger;
  /** Azure OpenAI for "write me a post about …"; absent when the writing help is not configured. */
  writingModel?: WritingModel;
}
