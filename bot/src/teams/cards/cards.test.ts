import { describe, expect, it } from 'vitest';
import type { Locale } from '@contract/locale';
import { messageTables } from '../messages';
import type { Messages } from '../messages';
import type { AdaptiveCard } from './adaptive-card';
import { buildHelpCard } from './help-card';
import { buildWelcomeCard } from './welcome-card';

const links = { library: 'https://teams.example/library', charter: 'https://teams.example/charter' };
const builders: { name: string; build: (locale: Locale) => AdaptiveCard; titleKey: keyof Messages }[] = [
  { name: 'welcome', build: (locale) => buildWelcomeCard(locale, links), titleKey: 'welcomeTitle' },
  { name: 'help', build: buildHelpCard, titleKey: 'helpTitle' },
];

/** Every string a person reads on the card. */
function visibleStrings(card: AdaptiveCard): string[] {
  return [
    ...card.body.flatMap((element) =>
      element.type === 'TextBlock'
        ? [element.text]
        : element.facts.flatMap((fact) => [fact.title, fact.value]),
    ),
    ...(card.actions ?? []).map((action) => action.title),
  ];
}

describe.each(builders)('$name card', ({ build, titleKey }) => {
  it.each<Locale>(['fr', 'en'])('is an Adaptive Card 1.5 in %s', (locale) => {
    const card = build(locale);

    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
    expect(card.body.length).toBeGreaterThan(0);
    for (const text of visibleStrings(card)) expect(text.trim()).not.toBe('');
    for (const action of card.actions ?? []) expect(action.url).toMatch(/^https:\/\//);
  });

  it('shows no English string in French', () => {
    const english = new Set([...visibleStrings(build('en')), ...Object.values(messageTables.en)]);

    const french = visibleStrings(build('fr'));

    expect(french.filter((text) => english.has(text))).toEqual([]);
    expect(french).toContain(messageTables.fr[titleKey]);
  });
});
