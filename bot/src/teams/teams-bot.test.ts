import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBotUnderTest, TEST_PUBLIC_URL, testDeepLink } from '../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../tests/support/bot-under-test';
import type { AdaptiveCard, TextBlock } from '../chat/cards/adaptive-card';
import { messageTables } from '../chat/messages';
import { createTeamsBot } from './teams-bot';
import type { TeamsBotOptions } from './teams-bot';

const { fr } = messageTables;

// The handlers have their own tests (installation, commands, message extension); these cover the assembly.
let bot: BotUnderTest;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
}, 30_000);
afterAll(() => bot.dispose());

const botInstalled = (locale?: string): Partial<Activity> => ({
  type: 'conversationUpdate',
  locale,
  membersAdded: [
    { id: 'bot', name: 'Bot' },
    { id: 'user1', name: 'User1' },
  ],
});

describe('turn errors', () => {
  it('logs the error and apologises without technical details', async () => {
    const failure = new Error('deep link service down');
    const failing = bot.withOptions({
      tabDeepLink: () => {
        throw failure;
      },
    });

    const replies = await failing.repliesTo(botInstalled('fr-FR'));

    expect(replies.map((reply) => reply.text)).toEqual([fr.turnError]);
    expect(JSON.stringify(replies)).not.toContain('deep link service down');
    expect(failing.logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ err: failure }),
      'bot turn failed',
    );
  });
});

describe('handle over HTTP', () => {
  const servers: ReturnType<express.Express['listen']>[] = [];
  afterEach(() => {
    servers.splice(0).forEach((server) => server.close());
    vi.restoreAllMocks();
  });

  async function post(options: Partial<TeamsBotOptions>, activity: object) {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const teamsBot = createTeamsBot({
      publicUrl: TEST_PUBLIC_URL,
      tabDeepLink: testDeepLink,
      logger,
      repositories: bot.repositories,
      ...options,
    });
    const app = express();
    app.post('/api/messages', express.json(), (req, res) => teamsBot.handle(req, res));
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  // What the Agents Playground and integration tests send: no Authorization header.
  const unauthenticatedInstall = {
    type: 'conversationUpdate',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    locale: 'fr-FR',
    conversation: { id: 'a:personal', conversationType: 'personal' },
    from: { id: '29:user' },
    recipient: { id: '28:bot' },
    membersAdded: [{ id: '28:bot' }, { id: '29:user' }],
  };

  it('accepts unauthenticated activities when no app id is configured', async () => {
    const response = await post({}, unauthenticatedInstall);

    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: Activity[] };
    expect(activities).toHaveLength(1);
    const card = activities[0]?.attachments?.[0]?.content as AdaptiveCard;
    expect((card.body[0] as TextBlock).text).toBe(fr.welcomeTitle);
  });

  it('rejects unauthenticated activities once an app id is configured', async () => {
    // botbuilder's CloudAdapter reports the rejection on the console itself.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await post({ botAppId: 'app-id', botAppPassword: 'secret' }, unauthenticatedInstall);

    expect(response.status).toBe(401);
  });
});
