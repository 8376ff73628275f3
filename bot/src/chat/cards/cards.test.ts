import { describe, expect, it } from 'vitest';
import type { LibraryItemSummary } from '@contract/library';
import type { Locale } from '@contract/locale';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import { chatCommands } from '../commands/command-table';
import { messageTables } from '../messages';
import type { Messages } from '../messages';
import type { ISubmitAction } from '@microsoft/teams.cards';
import type { AdaptiveCard, CommandSubmitAction } from './adaptive-card';
import { buildHelpCard } from './help-card';
import { buildJoinCard } from './join-card';
import { buildLatestCard } from './latest-card';
import { buildLibraryItemCard } from './library-item-card';
import { buildPreferencesCard } from './preferences-card';
import { buildStatsCard } from './stats-card';
import { buildWelcomeCard } from './welcome-card';
import { buildWritingHelpCard } from './writing-help-card';
import type { WritingHelpCardContent } from './writing-help-card';

const links = { library: 'https://teams.example/library', charter: 'https://teams.example/charter' };
const item: LibraryItemSummary = {
  id: 'item-1',
  title: { fr: 'Portes ouvertes', en: 'Open day' },
  preview: {
    title: { fr: 'Portes ouvertes', en: 'Open day' },
    description: { fr: 'Visites guidées', en: 'Guided tours' },
    imageUrl: 'https://cdn.example/open-day.jpg',
  },
  campaign: { id: 'c1', slug: 'open-day', name: { fr: 'Portes ouvertes', en: 'Open day' } },
  brandId: 'b1',
  networks: ['linkedin'],
  languages: ['fr', 'en'],
  hashtags: [],
  publishedAt: '2026-03-01T08:00:00Z',
};
const impact = {
  totals: { shares: 3, clicks: 1200, estimatedReach: 4500 },
  byNetwork: [{ network: 'linkedin' as const, shares: 3, clicks: 1200, estimatedReach: 4500 }],
  byMonth: [],
  recentShares: [],
};
const points = {
  points: 120,
  rank: 4,
  badges: [{ id: 'first-share' as const, awardedAt: '2026-03-02T08:00:00Z' }],
};
const preferences = {
  nudges: 'weekly-digest' as const,
  quietHours: { start: '20:00', end: '08:00' },
  timeZone: 'Europe/Paris',
  showOnLeaderboards: true,
};

const writingHelp = (locale: Locale): WritingHelpCardContent => ({
  item: { id: 'item-1', title: item.title[locale] },
  network: 'linkedin',
  language: locale,
  angle: 'question',
  suggestions: [
    { text: 'Who is coming to the open day? #employee', findings: [] },
    {
      text: 'Insider view of the open day #employee',
      findings: [
        { kind: 'banned-term', term: 'insider' },
        { kind: 'disclosure-added', disclosure: '#employee' },
      ],
    },
  ],
  itemUrl: `${links.library}/item-1`,
});

const builders: { name: string; build: (locale: Locale) => AdaptiveCard; titleKey?: keyof Messages }[] = [
  { name: 'welcome', build: (locale) => buildWelcomeCard(locale, links), titleKey: 'welcomeTitle' },
  { name: 'help', build: (locale) => buildHelpCard(locale, chatCommands), titleKey: 'helpTitle' },
  { name: 'join', build: (locale) => buildJoinCard(locale, links.charter) },
  {
    name: 'latest',
    build: (locale) =>
      buildLatestCard(locale, [item], { library: links.library, item: (id) => `${links.library}/${id}` }),
    titleKey: 'latestTitle',
  },
  {
    name: 'empty latest',
    build: (locale) => buildLatestCard(locale, [], { library: links.library, item: () => '' }),
  },
  { name: 'library item', build: (locale) => buildLibraryItemCard(locale, item, `${links.library}/item-1`) },
  {
    name: 'stats',
    build: (locale) => buildStatsCard(locale, impact, points, links.library),
    titleKey: 'statsTitle',
  },
  {
    name: 'no stats yet',
    build: (locale) =>
      buildStatsCard(
        locale,
        { ...impact, totals: { shares: 0, clicks: 0, estimatedReach: 0 }, byNetwork: [] },
        { points: 0, badges: [] },
        '',
      ),
  },
  {
    name: 'preferences',
    build: (locale) => buildPreferencesCard(locale, preferences, links.library),
    titleKey: 'preferencesTitle',
  },
  {
    name: 'writing help',
    build: (locale) => buildWritingHelpCard(locale, writingHelp(locale)),
    titleKey: 'writeTitle',
  },
];

type Element = AdaptiveCard['body'][number];
type Action = NonNullable<AdaptiveCard['actions']>[number];

/** What a chat command's button posts (see `commandButton`); the schema allows any data. */
const sent = (action: ISubmitAction) => action.data as CommandSubmitAction['data'];

function actionsOf(card: AdaptiveCard): Action[] {
  return [
    ...card.body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])),
    ...(card.actions ?? []),
  ];
}

/** Every string a person reads on the card (names of networks and figures aside). */
function visibleStrings(card: AdaptiveCard): string[] {
  const ofElement = (element: Element): string[] => {
    switch (element.type) {
      case 'TextBlock':
        return [element.text];
      case 'FactSet':
        return element.facts.map((fact) => fact.title);
      case 'Image':
        return [element.altText ?? ''];
      default:
        return [];
    }
  };
  return [
    ...card.body.flatMap(ofElement),
    ...actionsOf(card).flatMap((action) => (action.title ? [action.title] : [])),
  ];
}

describe.each(builders)('$name card', ({ build, titleKey }) => {
  it('is read without a problem by Microsoft’s Adaptive Cards library', () => {
    expect(adaptiveCardProblems(build('fr'))).toEqual([]);
  });

  it.each<Locale>(['fr', 'en'])('shows text and offers only actions that work, in %s', (locale) => {
    const card = build(locale);

    expect(card.body.length).toBeGreaterThan(0);
    for (const text of visibleStrings(card)) expect(text.trim()).not.toBe('');
    for (const action of actionsOf(card)) {
      if (action.type === 'Action.OpenUrl') expect(action.url).toMatch(/^https:\/\//);
      if (action.type === 'Action.Submit')
        expect(chatCommands.map((command) => command.name)).toContain(sent(action).command);
    }
  });

  it('shows no English string in French', () => {
    const english = new Set([...visibleStrings(build('en')), ...Object.values(messageTables.en)]);
    // Names of networks, and words French uses too.
    const sharedWords = new Set(['LinkedIn', 'Stop', 'Pause', 'Stats']);

    const french = visibleStrings(build('fr'));

    expect(french.filter((text) => english.has(text) && !sharedWords.has(text))).toEqual([]);
    if (titleKey) expect(french).toContain(messageTables.fr[titleKey]);
  });
});

describe('help card', () => {
  it('lists every described command with the word to type, and a button for each but help', () => {
    const card = buildHelpCard('fr', chatCommands);
    const facts = card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts : []));

    expect(facts.map((fact) => fact.title)).toEqual(
      chatCommands.filter((command) => command.description).map((command) => command.words.fr[0]),
    );
    expect(facts.map((fact) => fact.title)).toEqual(
      expect.arrayContaining(['aide', 'nouveautés', 'mes stats', 'préférences', 'arrêter', 'reprendre']),
    );
    expect(actionsOf(card).map((action) => action.type === 'Action.Submit' && sent(action).command)).toEqual(
      chatCommands
        .filter((command) => command.description && command.name !== 'help')
        .map((command) => command.name),
    );
  });
});

describe('preferences card', () => {
  it('offers every other frequency as a button and shows the quiet hours', () => {
    const card = buildPreferencesCard('en', preferences, 'https://teams.example/my-data');

    expect(card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts : []))).toEqual([
      { title: 'Nudges', value: 'a weekly digest' },
      { title: 'Quiet hours', value: 'from 20:00 to 08:00 (Europe/Paris)' },
    ]);
    expect(
      actionsOf(card).flatMap((action) => (action.type === 'Action.Submit' ? [sent(action)] : [])),
    ).toEqual([
      { command: 'frequency', frequency: 'immediate' },
      { command: 'frequency', frequency: 'daily-digest' },
      { command: 'frequency', frequency: 'never' },
    ]);
  });
});

describe('library item card', () => {
  it('shows only pictures served over HTTPS, which Teams requires', () => {
    const insecure = { ...item, preview: { ...item.preview, imageUrl: 'http://cdn.example/a.jpg' } };

    expect(buildLibraryItemCard('en', item, 'https://x').body[0]).toMatchObject({
      type: 'Image',
      url: item.preview.imageUrl,
    });
    expect(
      buildLibraryItemCard('en', insecure, 'https://x').body.some((element) => element.type === 'Image'),
    ).toBe(false);
  });
});

describe('writing help card', () => {
  it('shows each variant with what the charter’s checks found, and asks again from every other angle', () => {
    const card = buildWritingHelpCard('en', writingHelp('en'));
    const containers = card.body.flatMap((element) => (element.type === 'Container' ? [element] : []));
    const texts = containers.map((container) =>
      container.items!.flatMap((element) => (element.type === 'TextBlock' ? [element.text] : [])),
    );

    expect(texts).toEqual([
      ['Option 1', 'Who is coming to the open day? #employee'],
      [
        'Option 2',
        'Insider view of the open day #employee',
        '⚠ Remove “insider”: the charter does not allow this term.',
        '#employee was added at the end, as the charter asks.',
      ],
    ]);
    expect(
      actionsOf(card).flatMap((action) => (action.type === 'Action.Submit' ? [sent(action)] : [])),
    ).toEqual([
      { command: 'write', itemId: 'item-1', angle: 'why-it-matters' },
      { command: 'write', itemId: 'item-1', angle: 'what-i-did' },
      { command: 'write', itemId: 'item-1', angle: 'invitation' },
    ]);
  });
});
