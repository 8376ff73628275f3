import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { vi } from 'vitest';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { seedDemoData } from '../../bot/src/demo/seed-demo-data';
import { createLogger } from '../../bot/src/logger';
import { CosmosStore } from '../../bot/src/store/cosmos-store';
import { createRepositories } from '../../bot/src/store/repositories';
import type { Repositories } from '../../bot/src/store/repositories';
import { createTeamsBot } from '../../bot/src/teams/teams-bot';
import type { TeamsBotOptions } from '../../bot/src/teams/teams-bot';
import type { TabPage } from '../../bot/src/chat/tab-deep-link';

/** Where people reach the service under test: links to it unfurl. */
export const TEST_PUBLIC_URL = 'https://ambassade.example';
/** Deep links the tests can recognise: the page's path under a fake Teams address. */
export const testDeepLink = (page: TabPage) => `https://teams.example/l/${page}`;

interface BotTurns {
  logger: { info: ReturnType<typeof vi.fn>; warn: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };
  /** Runs one activity through the bot (botbuilder's TestAdapter) and returns what the bot sent back. */
  repliesTo(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

export interface BotUnderTest extends BotTurns {
  repositories: Repositories;
  /** Another bot over the same store, built with other options (a failing dependency, say). */
  withOptions(overrides: Partial<TeamsBotOptions>): BotTurns;
  dispose(): Promise<void>;
}

/**
 * The real bot over a real store (the embedded Cosmos server, seeded with the demo organisation), driven
 * by botbuilder's TestAdapter, which names the bot "bot" and the user "user1" unless an activity says otherwise.
 */
export async function startBotUnderTest(overrides: Partial<TeamsBotOptions> = {}): Promise<BotUnderTest> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-bot-'));
  const silent = createLogger('silent');
  const store = await CosmosStore.open({ kind: 'embedded', dataDir, database: 'bot-tests' }, silent);
  const repositories = createRepositories(store);
  await seedDemoData(repositories, silent, new Date());
  const withOptions = (options: Partial<TeamsBotOptions>): BotTurns => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const bot = createTeamsBot({
      publicUrl: TEST_PUBLIC_URL,
      tabDeepLink: testDeepLink,
      logger,
      repositories,
      ...options,
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.app.run(context);
    });
    adapter.onTurnError = bot.adapter.onTurnError;
    return {
      logger,
      async repliesTo(activity) {
        await adapter.processActivity(activity);
        return adapter.activeQueue.splice(0);
      },
    };
  };
  return {
    ...withOptions(overrides),
    repositories,
    withOptions,
    async dispose() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What Teams puts on every activity of a person's personal chat with the bot, in the demo tenant. */
export function fromPerson(personId: string, teamsUserId = `29:${personId}`): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: teamsUserId, name: 'Person', aadObjectId: personId },
    recipient: { id: 'bot', name: 'Ambassade' },
    conversation: {
      id: `a:chat-${personId}`,
      conversationType: 'personal',
      tenantId: DEMO_TENANT_ID,
      isGroup: false,
      name: '',
    },
    channelData: { tenant: { id: DEMO_TENANT_ID } },
  };
}
