import { myPointsAndBadges } from '../challenges/my-points';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID, demoPersonId } from '../demo/demo-data';
import { enqueueMessage } from '../delivery/enqueue-message';
import { computeImpact } from '../domain/impact';
import { targetedLibraryPage } from '../library/targeted-library';
import { fromPerson, startBotUnderTest, testDeepLink } from '../../../tests/support/bot-under-test';
import type { BotUnderTest } from '../../../tests/support/bot-under-test';
import type { AdaptiveCard, TextBlock } from '../chat/cards/adaptive-card';
import { fill, messageTables } from '../chat/messages';
import { itemPage } from '../chat/tab-deep-link';
import { chatCommands } from '../chat/commands/command-table';

const { en, fr } = messageTables;
let bot: BotUnderTest;
// Starting the store and seeding the demo organisation takes a few seconds on a busy machine.
beforeAll(async () => {
  bot = await startBotUnderTest();
}, 30_000);
afterAll(() => bot.dispose());

/** Demo ambassadors who are not otherwise used here, one per test that changes a profile. */
const ambassadorFor = { stop: demoPersonId(6), resume: demoPersonId(8), frequency: demoPersonId(9) };

const typed = (personId: string, text: string, locale?: string): Partial<Activity> => ({
  ...fromPerson(personId),
  type: 'message',
  text,
  ...(locale ? { locale } : {}),
});
const pressed = (personId: string, value: Record<string, string>, locale?: string): Partial<Activity> => ({
  ...fromPerson(personId),
  type: 'message',
  value,
  ...(locale ? { locale } : {}),
});

function onlyCard(replies: Partial<Activity>[]): AdaptiveCard {
  expect(replies).toHaveLength(1);
  const attachments = replies[0]?.attachments ?? [];
  expect(attachments).toHaveLength(1);
  return attachments[0]?.content as AdaptiveCard;
}
const textsOf = (card: AdaptiveCard) =>
  card.body
    .filter((element): element is TextBlock => element.type === 'TextBlock')
    .map((block) => block.text);
const factsOf = (card: AdaptiveCard) =>
  card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts : []));
const urlsOf = (card: AdaptiveCard) =>
  [
    ...card.body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])),
    ...(card.actions ?? []),
  ].flatMap((action) => (action.type === 'Action.OpenUrl' ? [action.url] : []));
const textOf = (replies: Partial<Activity>[]) => replies.map((reply) => reply.text);
const person = async (personId: string) => (await bot.repositories.people.get(DEMO_TENANT_ID, personId))!;

describe('help', () => {
  it('answers "help" in English with every command of the table', async () => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'help', 'en-US')));

    expect(textsOf(card)).toEqual([en.helpTitle, en.helpIntro]);
    expect(factsOf(card).map((fact) => fact.title)).toEqual(
      chatCommands.filter((command) => command.description).map((command) => command.words.en[0]),
    );
    expect(factsOf(card)).toEqual(
      expect.arrayContaining([
        { title: 'help', value: en.helpDescription },
        { title: 'latest', value: en.latestDescription },
        { title: 'my stats', value: en.statsDescription },
        { title: 'stop', value: en.stopDescription },
      ]),
    );
  });

  it('answers "aide" without a locale in French', async () => {
    const card = onlyCard(await bot.repliesTo({ ...typed(DEMO_EMPLOYEE_ID, 'aide'), locale: undefined }));

    expect(textsOf(card)[0]).toBe(fr.helpTitle);
    expect(factsOf(card)).toContainEqual({ title: 'aide', value: fr.helpDescription });
  });

  it('follows the locale over the word when both are present', async () => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'aide', 'en-US')));

    expect(textsOf(card)[0]).toBe(en.helpTitle);
  });

  it('answers a card button as it answers the typed word', async () => {
    const card = onlyCard(await bot.repliesTo(pressed(DEMO_AMBASSADOR_ID, { command: 'help' }, 'fr-FR')));

    expect(textsOf(card)[0]).toBe(fr.helpTitle);
  });

  it('answers someone the programme does not know yet', async () => {
    const card = onlyCard(await bot.repliesTo({ type: 'message', text: '?', locale: 'fr-CA' }));

    expect(textsOf(card)[0]).toBe(fr.helpTitle);
  });
});

describe('latest', () => {
  it('lists the newest items targeted to the ambassador, in English, with links to each in the tab', async () => {
    const expected = await targetedLibraryPage(
      bot.repositories,
      await person(DEMO_AMBASSADOR_ID),
      { limit: 5 },
      new Date(),
    );
    expect(expected.items.length).toBeGreaterThan(0);

    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'latest', 'en-US')));

    expect(textsOf(card)[0]).toBe(en.latestTitle);
    expect(textsOf(card)).toEqual(expect.arrayContaining(expected.items.map((item) => item.title.en)));
    expect(urlsOf(card)).toEqual([
      ...expected.items.map((item) => testDeepLink(itemPage(item.id))),
      testDeepLink('library'),
    ]);
  });

  it('answers "Nouveautés" in French', async () => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'Nouveautés', 'fr-FR')));

    expect(textsOf(card)[0]).toBe(fr.latestTitle);
  });
});

describe('ambassadors-only commands', () => {
  it.each([
    ['mes stats', 'fr-FR', fr.ambassadorsOnly],
    ['preferences', 'en-US', en.ambassadorsOnly],
    ['stop', 'en-US', en.ambassadorsOnly],
  ])('answer %j from someone who has not joined with the way to join', async (text, locale, answer) => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_EMPLOYEE_ID, text, locale)));

    expect(textsOf(card)).toEqual([answer]);
    expect(urlsOf(card)).toEqual([testDeepLink('charter')]);
  });

  it('answer someone the programme does not know the same way', async () => {
    const card = onlyCard(await bot.repliesTo(typed('unknown-person', 'nouveautés', 'fr-FR')));

    expect(textsOf(card)).toEqual([fr.ambassadorsOnly]);
  });
});

describe('my stats', () => {
  it('shows the ambassador’s shares, clicks and reach in English', async () => {
    for (const [network, clicks] of [
      ['linkedin', 1234],
      ['x', 5],
    ] as const) {
      await bot.repositories.shares.upsert({
        id: `share-${network}`,
        tenantId: DEMO_TENANT_ID,
        personId: DEMO_AMBASSADOR_ID,
        itemId: 'item-1',
        itemTitle: { fr: 'Portes ouvertes', en: 'Open day' },
        campaignId: 'campaign-1',
        brandId: 'brand-1',
        network,
        code: `code-${network}`,
        audienceSize: 800,
        firstSharedAt: '2026-02-01T10:00:00.000Z',
        confirmations: [],
        clicks,
        clicksByDay: { '2026-02-02': clicks },
      });
    }
    const { totals } = computeImpact(
      await bot.repositories.shares.ofPerson(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID),
    );
    expect(totals).toEqual({ shares: 2, clicks: 1239, estimatedReach: 1600 });

    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'my stats', 'en-US')));

    const number = new Intl.NumberFormat('en-GB');
    expect(factsOf(card).slice(0, 3)).toEqual([
      { title: en.statsShares, value: number.format(totals.shares) },
      { title: en.statsClicks, value: number.format(totals.clicks) },
      { title: en.statsReach, value: number.format(totals.estimatedReach) },
    ]);
    expect(factsOf(card)[1]).toEqual({ title: en.statsClicks, value: '1,239' });
    const points = await myPointsAndBadges(bot.repositories, DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(factsOf(card)).toContainEqual({ title: en.statsPoints, value: number.format(points.points) });
    expect(factsOf(card)).toContainEqual({ title: en.statsBadges, value: String(points.badges.length) });
    expect(factsOf(card).slice(-2)).toEqual([
      { title: 'LinkedIn', value: 'Shares: 1 · Clicks: 1,234' },
      { title: 'X', value: 'Shares: 1 · Clicks: 5' },
    ]);
    expect(urlsOf(card)).toEqual([testDeepLink('impact')]);
  });

  it('answers "mes stats" in French', async () => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'mes stats', 'fr-FR')));

    expect(textsOf(card)[0]).toBe(fr.statsTitle);
  });
});

describe('preferences', () => {
  it('shows the frequency and quiet hours in French, with a link to the enrolment page', async () => {
    const card = onlyCard(await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'préférences', 'fr-FR')));

    expect(textsOf(card)[0]).toBe(fr.preferencesTitle);
    expect(factsOf(card)).toEqual([
      { title: fr.preferencesNudges, value: fr['frequency.daily-digest'] },
      { title: fr.preferencesQuietHours, value: fr.preferencesNoQuietHours },
    ]);
    expect(urlsOf(card)).toEqual([testDeepLink('my-data')]);
  });

  it('changes the frequency from the card’s buttons, in English', async () => {
    const personId = ambassadorFor.frequency;

    const replies = await bot.repliesTo(
      pressed(personId, { command: 'frequency', frequency: 'weekly-digest' }, 'en-US'),
    );

    expect(textOf(replies)).toEqual([fill(en.frequencySaved, { frequency: en['frequency.weekly-digest'] })]);
    expect((await person(personId)).enrolment.preferences?.nudges).toBe('weekly-digest');
  });

  it('shows the preferences again for a frequency it does not know', async () => {
    const card = onlyCard(
      await bot.repliesTo(
        pressed(ambassadorFor.frequency, { command: 'frequency', frequency: 'hourly' }, 'en-US'),
      ),
    );

    expect(textsOf(card)[0]).toBe(en.preferencesTitle);
  });
});

describe('stop and resume', () => {
  it('stops nudges at once in French: nothing is queued for the person afterwards', async () => {
    const personId = ambassadorFor.stop;
    await bot.repliesTo({ ...fromPerson(personId), type: 'installationUpdate', action: 'add' });

    const replies = await bot.repliesTo(typed(personId, 'Arrêter', 'fr-FR'));

    expect(textOf(replies)).toEqual([fr.nudgesStopped]);
    const outcome = await enqueueMessage(
      bot.repositories,
      {
        tenantId: DEMO_TENANT_ID,
        messageId: 'nudge-after-stop',
        kind: 'nudge',
        recipients: [await person(personId)],
        render: () => ({ text: 'Nouveau contenu' }),
      },
      new Date(),
    );
    expect(outcome).toEqual({ queued: 0, unreachable: 0, optedOut: 1 });
    expect(textOf(await bot.repliesTo(typed(personId, 'stop', 'fr-FR')))).toEqual([fr.nudgesAlreadyStopped]);
  });

  it('resumes at the frequency chosen before "stop", in English', async () => {
    const personId = ambassadorFor.resume;
    await bot.repliesTo(pressed(personId, { command: 'frequency', frequency: 'immediate' }, 'en-US'));
    await bot.repliesTo(typed(personId, 'stop', 'en-US'));

    const replies = await bot.repliesTo(typed(personId, 'resume', 'en-US'));

    expect(textOf(replies)).toEqual([fill(en.nudgesResumed, { frequency: en['frequency.immediate'] })]);
    expect((await person(personId)).enrolment.preferences?.nudges).toBe('immediate');
    expect(textOf(await bot.repliesTo(typed(personId, 'reprendre', 'fr-FR')))).toEqual([
      fill(fr.nudgesAlreadyOn, { frequency: fr['frequency.immediate'] }),
    ]);
  });
});

describe('anything else', () => {
  it('points to "aide" in French', async () => {
    const replies = await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'bonjour', 'fr-FR'));

    expect(textOf(replies)).toEqual([fr.notUnderstood]);
    expect(replies[0]?.text).toContain('« aide »');
  });

  it('points to "help" in English, even for a sentence containing the word', async () => {
    const replies = await bot.repliesTo(typed(DEMO_AMBASSADOR_ID, 'can you help me?', 'en-US'));

    expect(textOf(replies)).toEqual([en.notUnderstood]);
  });

  it('leaves card submits that are not chat commands to the routes that own them', async () => {
    expect(await bot.repliesTo(pressed(DEMO_AMBASSADOR_ID, { verb: 'something.else' }, 'en-US'))).toEqual([]);
  });
});
