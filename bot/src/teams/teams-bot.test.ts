import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdaptiveCard, FactSet, TextBlock } from './cards/adaptive-card';
import { messageTables } from './messages';
import { createTeamsBot } from './teams-bot';
import type { TabPage, TeamsBotOptions } from './teams-bot';

const { en, fr } = messageTables;
const tabDeepLink = (page: TabPage) => `https://teams.microsoft.com/l/entity/app-id/${page}`;

function silentLogger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

function botUnderTest(overrides: Partial<TeamsBotOptions> = {}) {
  const logger = silentLogger();
  const bot = createTeamsBot({ tabDeepLink, logger, ...overrides });
  const adapter = new TestAdapter(async (context) => {
    await bot.app.run(context);
  });
  adapter.onTurnError = bot.adapter.onTurnError;
  // TestAdapter names the bot "bot" and the user "user1".
  const repliesTo = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.processActivity(activity);
    return adapter.activeQueue.splice(0);
  };
  return { repliesTo, logger };
}

function onlyCard(replies: Partial<Activity>[]): AdaptiveCard {
  expect(replies).toHaveLength(1);
  const attachments = replies[0]?.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]?.content as AdaptiveCard;
}

function textsOf(card: AdaptiveCard): string[] {
  return card.body
    .filter((element): element is TextBlock => element.type === 'TextBlock')
    .map((block) => block.text);
}

function factsOf(card: AdaptiveCard): FactSet['facts'] {
  return card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts : []));
}

const botInstalled = (locale?: string): Partial<Activity> => ({
  type: 'conversationUpdate',
  locale,
  membersAdded: [
    { id: 'bot', name: 'Bot' },
    { id: 'user1', name: 'User1' },
  ],
});

describe('welcome on install', () => {
  it('welcomes in French with buttons to the library and the charter', async () => {
    const card = onlyCard(await botUnderTest().repliesTo(botInstalled('fr-FR')));

    expect(textsOf(card)).toEqual([fr.welcomeTitle, fr.welcomePurpose, fr.welcomeVoluntary]);
    expect(textsOf(card).join(' ')).toContain('strictement volontaire');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Ouvrir la bibliothèque', url: tabDeepLink('library') },
      { type: 'Action.OpenUrl', title: 'Lire la charte', url: tabDeepLink('charter') },
    ]);
  });

  it('welcomes in English for any other locale', async () => {
    const card = onlyCard(await botUnderTest().repliesTo(botInstalled('en-GB')));

    expect(textsOf(card)).toEqual([en.welcomeTitle, en.welcomePurpose, en.welcomeVoluntary]);
    expect(textsOf(card).join(' ')).toContain('strictly voluntary');
    expect(card.actions?.map((action) => [action.title, action.url])).toEqual([
      ['Open the library', tabDeepLink('library')],
      ['Read the charter', tabDeepLink('charter')],
    ]);
  });

  it('stays silent when only the user is added', async () => {
    const replies = await botUnderTest().repliesTo({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User1' }],
    });

    expect(replies).toEqual([]);
  });

  it('stays silent when the bot is added to a team channel', async () => {
    const replies = await botUnderTest().repliesTo({
      ...botInstalled('en-US'),
      conversation: { id: '19:channel', conversationType: 'channel', isGroup: true, name: 'General' },
    });

    expect(replies).toEqual([]);
  });
});

describe('help', () => {
  it('answers "help" in English', async () => {
    const card = onlyCard(await botUnderTest().repliesTo({ type: 'message', text: 'help', locale: 'en-US' }));

    expect(textsOf(card)).toEqual([en.helpTitle, en.helpIntro, en.helpComingSoon]);
    expect(textsOf(card).join(' ')).toMatch(/polls and challenges/);
    expect(factsOf(card)).toEqual([{ title: 'help', value: 'shows this message' }]);
  });

  it('answers "aide" without a locale in French', async () => {
    const card = onlyCard(await botUnderTest().repliesTo({ type: 'message', text: 'aide' }));

    expect(textsOf(card)).toEqual([fr.helpTitle, fr.helpIntro, fr.helpComingSoon]);
    expect(factsOf(card)).toEqual([{ title: 'aide', value: 'affiche ce message' }]);
  });

  it('answers "AIDE " with a French locale in French', async () => {
    const card = onlyCard(
      await botUnderTest().repliesTo({ type: 'message', text: 'AIDE ', locale: 'fr-FR' }),
    );

    expect(textsOf(card)[0]).toBe('Ce que je sais faire');
  });

  it('answers "help" without a locale in English', async () => {
    const card = onlyCard(await botUnderTest().repliesTo({ type: 'message', text: 'help' }));

    expect(textsOf(card)[0]).toBe('What I can do');
  });

  it('follows the locale over the word when both are present', async () => {
    const card = onlyCard(await botUnderTest().repliesTo({ type: 'message', text: 'aide', locale: 'en-US' }));

    expect(textsOf(card)[0]).toBe(en.helpTitle);
  });

  it.each(['?', '/help', ' /AIDE'])('accepts %j', async (text) => {
    const card = onlyCard(await botUnderTest().repliesTo({ type: 'message', text, locale: 'fr-CA' }));

    expect(textsOf(card)[0]).toBe(fr.helpTitle);
  });
});

describe('any other message', () => {
  it('points to "aide" in French', async () => {
    const replies = await botUnderTest().repliesTo({ type: 'message', text: 'bonjour', locale: 'fr-FR' });

    expect(replies.map((reply) => reply.text)).toEqual([fr.notUnderstood]);
    expect(replies[0]?.text).toContain('« aide »');
  });

  it('points to "help" in English, even for a sentence containing the word', async () => {
    const replies = await botUnderTest().repliesTo({
      type: 'message',
      text: 'can you help me?',
      locale: 'en-US',
    });

    expect(replies.map((reply) => reply.text)).toEqual([en.notUnderstood]);
    expect(replies[0]?.text).toContain('"help"');
  });
});

describe('turn errors', () => {
  it('logs the error and apologises without technical details', async () => {
    const failure = new Error('deep link service down');
    const { repliesTo, logger } = botUnderTest({
      tabDeepLink: () => {
        throw failure;
      },
    });

    const replies = await repliesTo(botInstalled('fr-FR'));

    expect(replies.map((reply) => reply.text)).toEqual([fr.turnError]);
    expect(JSON.stringify(replies)).not.toContain('deep link service down');
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ err: failure }), 'bot turn failed');
  });
});

describe('handle over HTTP', () => {
  const servers: ReturnType<express.Express['listen']>[] = [];
  afterEach(() => {
    servers.splice(0).forEach((server) => server.close());
    vi.restoreAllMocks();
  });

  async function post(options: Partial<TeamsBotOptions>, activity: object) {
    const bot = createTeamsBot({ tabDeepLink, logger: silentLogger(), ...options });
    const app = express();
    app.post('/api/messages', express.json(), (req, res) => bot.handle(req, res));
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
    const card = onlyCard(activities);
    expect(textsOf(card)[0]).toBe(fr.welcomeTitle);
  });

  it('rejects unauthenticated activities once an app id is configured', async () => {
    // botbuilder's CloudAdapter reports the rejection on the console itself.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await post({ botAppId: 'app-id', botAppPassword: 'secret' }, unauthenticatedInstall);

    expect(response.status).toBe(401);
  });
});
