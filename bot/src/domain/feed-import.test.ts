import { describe, expect, it } from 'vitest';
import { checkShareText, defaultGuardrails, X_LINK_LENGTH } from '@contract/guardrails';
import type { FeedEntry } from './feed-document';
import {
  draftFromEntry,
  entryLanguage,
  MAX_SEEN_ENTRIES,
  rememberEntries,
  unseenEntries,
} from './feed-import';

const entry = (key: string, title = `Title ${key}`): FeedEntry => ({
  key,
  title,
  link: `https://intranet.aurore-demo.example/${key}`,
  description: 'A description',
});

describe('feed entries as drafts', () => {
  const context = {
    feed: { id: 'feed-1', tenantId: 'tenant-1', createdBy: 'manager-1' },
    campaign: { id: 'campaign-1', brandId: 'brand-1' },
    language: 'fr' as const,
    now: new Date('2027-03-01T10:00:00Z'),
  };

  it('a draft in the feed’s campaign, title copied to the other language, LinkedIn and X texts seeded', () => {
    const draft = draftFromEntry(
      { ...entry('a', 'Douai recrute'), imageUrl: 'https://intranet.aurore-demo.example/a.jpg' },
      context,
    );
    expect(draft).toMatchObject({
      id: 'feed-feed-1-a',
      tenantId: 'tenant-1',
      campaignId: 'campaign-1',
      brandId: 'brand-1',
      status: 'draft',
      authorId: 'manager-1',
      title: { fr: 'Douai recrute', en: 'Douai recrute' },
      url: 'https://intranet.aurore-demo.example/a',
      preview: {
        description: { fr: 'A description', en: 'A description' },
        imageUrl: 'https://intranet.aurore-demo.example/a.jpg',
      },
      createdAt: '2027-03-01T10:00:00.000Z',
    });
    expect(draft.texts.map((text) => `${text.network}/${text.language}`)).toEqual([
      'linkedin/fr',
      'x/fr',
      'linkedin/en',
      'x/en',
    ]);
  });

  it('the X text of a long title can be shared as it is: link and disclosure fit in 280', () => {
    const draft = draftFromEntry(entry('b', 'é'.repeat(400)), context);
    for (const text of draft.texts.filter((candidate) => candidate.network === 'x')) {
      const checked = checkShareText(text.text, defaultGuardrails('x', text.language), X_LINK_LENGTH + 1);
      expect(checked.issues).toEqual([]);
      expect(text.text.endsWith('…')).toBe(true);
    }
  });

  it('the feed’s declared language wins when it is French or English', () => {
    expect(entryLanguage('en-GB', 'fr')).toBe('en');
    expect(entryLanguage('FR', 'en')).toBe('fr');
    expect(entryLanguage('de-DE', 'fr')).toBe('fr');
    expect(entryLanguage(undefined, 'en')).toBe('en');
  });
});

describe('deduplication', () => {
  it('skips the entries already imported', () => {
    expect(unseenEntries([entry('a'), entry('b'), entry('c')], ['b']).map((e) => e.key)).toEqual(['a', 'c']);
  });

  it('remembers every entry the feed lists, then older ones, within a bound', () => {
    expect(rememberEntries(['old-1', 'b', 'old-2'], [entry('a'), entry('b')])).toEqual([
      'a',
      'b',
      'old-1',
      'old-2',
    ]);
    const long = Array.from({ length: MAX_SEEN_ENTRIES }, (_, i) => `old-${i}`);
    const remembered = rememberEntries(long, [entry('new')]);
    expect(remembered).toHaveLength(MAX_SEEN_ENTRIES);
    expect(remembered[0]).toBe('new');
  });

  it('never forgets an entry still in the feed, even past the bound', () => {
    const many = Array.from({ length: MAX_SEEN_ENTRIES + 10 }, (_, i) => entry(`e-${i}`));
    expect(unseenEntries(many, rememberEntries([], many))).toEqual([]);
  });
});
