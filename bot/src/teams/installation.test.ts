import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID, demoPersonId } from '../demo/demo-data';
import { fromPerson, startBotUnderTest, testDeepLink } from '../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../tests/support/bot-under-test';
import type { AdaptiveCard, TextBlock } from '../chat/cards/adaptive-card';
import { messageTables } from '../chat/messages';

const { en, fr } = messageTables;
let bot: BotUnderTest;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
}, 30_000);
afterAll(() => bot.dispose());

function onlyCard(replies: Partial<Activity>[]): AdaptiveCard {
  expect(replies).toHaveLength(1);
  const attachments = replies[0]?.attachments ?? [];
  expect(attachments).toHaveLength(1);
  expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]?.content as AdaptiveCard;
}

const textsOf = (card: AdaptiveCard) =>
  card.body
    .filter((element): element is TextBlock => element.type === 'TextBlock')
    .map((block) => block.text);

const botAdded = (personId: string, locale?: string): Partial<Activity> => ({
  ...fromPerson(personId),
  type: 'conversationUpdate',
  locale,
  membersAdded: [
    { id: 'bot', name: 'Bot' },
    { id: `29:${personId}`, name: 'Person' },
  ],
});

const installationUpdate = (personId: string, action: string): Partial<Activity> => ({
  ...fromPerson(personId),
  type: 'installationUpdate',
  action,
});

const stored = (personId: string) => bot.repositories.conversations.get(DEMO_TENANT_ID, personId);

describe('installation in personal chat', () => {
  it('welcomes in French with buttons to the library and the charter, and stores where to reach the person', async () => {
    const card = onlyCard(await bot.repliesTo(botAdded(DEMO_AMBASSADOR_ID, 'fr-FR')));

    expect(textsOf(card)).toEqual([fr.welcomeTitle, fr.welcomePurpose, fr.welcomeVoluntary]);
    expect(textsOf(card).join(' ')).toContain('strictement volontaire');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Ouvrir la bibliothèque', url: testDeepLink('library') },
      { type: 'Action.OpenUrl', title: 'Lire la charte', url: testDeepLink('charter') },
    ]);
    expect(await stored(DEMO_AMBASSADOR_ID)).toMatchObject({
      id: DEMO_AMBASSADOR_ID,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${DEMO_AMBASSADOR_ID}`,
      conversationId: `a:chat-${DEMO_AMBASSADOR_ID}`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: expect.any(String),
    });
  });

  it('welcomes in English for any other locale', async () => {
    const card = onlyCard(await bot.repliesTo(botAdded(DEMO_EMPLOYEE_ID, 'en-GB')));

    expect(textsOf(card)).toEqual([en.welcomeTitle, en.welcomePurpose, en.welcomeVoluntary]);
    expect(card.actions?.map((action) => action.title)).toEqual(['Open the library', 'Read the charter']);
  });

  it('welcomes in the language the programme knows the person by when Teams gives none', async () => {
    const card = onlyCard(await bot.repliesTo(botAdded(demoPersonId(13))));

    expect(textsOf(card)[0]).toBe(fr.welcomeTitle);
  });

  it('stores the reference on installationUpdate without a second welcome', async () => {
    const personId = demoPersonId(6);

    expect(await bot.repliesTo(installationUpdate(personId, 'add'))).toEqual([]);
    expect((await stored(personId))?.teamsUserId).toBe(`29:${personId}`);
  });

  it('makes a person who had blocked the bot reachable again when they reinstall', async () => {
    const personId = demoPersonId(7);
    await bot.repliesTo(installationUpdate(personId, 'add'));
    await bot.repliesTo(installationUpdate(personId, 'remove'));
    await bot.repositories.conversations.upsert({
      ...(await bot.repositories.conversations.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!,
      id: personId,
      unreachableSince: '2026-01-01T00:00:00.000Z',
    });

    await bot.repliesTo(installationUpdate(personId, 'add'));

    expect(await stored(personId)).not.toHaveProperty('unreachableSince');
    expect((await bot.repositories.conversations.reachable(DEMO_TENANT_ID, [personId])).has(personId)).toBe(
      true,
    );
  });

  it('forgets the person on uninstall, whichever activity says so', async () => {
    const first = demoPersonId(8);
    const second = demoPersonId(9);
    await bot.repliesTo(installationUpdate(first, 'add'));
    await bot.repliesTo(installationUpdate(second, 'add'));

    await bot.repliesTo(installationUpdate(first, 'remove'));
    await bot.repliesTo({
      ...fromPerson(second),
      type: 'conversationUpdate',
      membersRemoved: [{ id: 'bot', name: 'Bot' }],
    });

    expect(await stored(first)).toBeUndefined();
    expect(await stored(second)).toBeUndefined();
  });

  it('stays silent and stores nothing when only the user is added', async () => {
    const personId = demoPersonId(10);
    const replies = await bot.repliesTo({
      ...fromPerson(personId),
      type: 'conversationUpdate',
      membersAdded: [{ id: `29:${personId}`, name: 'Person' }],
    });

    expect(replies).toEqual([]);
    expect(await stored(personId)).toBeUndefined();
  });

  it('stays silent and stores nothing when the bot is added to a team channel', async () => {
    const personId = demoPersonId(11);
    const inChannel = botAdded(personId, 'en-US');
    const replies = await bot.repliesTo({
      ...inChannel,
      conversation: {
        ...inChannel.conversation!,
        id: '19:channel',
        conversationType: 'channel',
        isGroup: true,
      },
    });

    expect(replies).toEqual([]);
    expect(await stored(personId)).toBeUndefined();
  });

  it('still welcomes when Teams gives no Entra object id, and says the person cannot be nudged', async () => {
    const activity = botAdded('someone', 'en-US');
    const replies = await bot.repliesTo({ ...activity, from: { id: '29:someone', name: 'Someone' } });

    expect(textsOf(onlyCard(replies))[0]).toBe(en.welcomeTitle);
    expect(bot.logger.warn).toHaveBeenCalledWith(
      expect.any(Object),
      expect.stringMatching(/cannot be nudged/),
    );
  });
});
