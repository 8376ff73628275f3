import { describe, expect, it } from 'vitest';
import type { LibraryItemSummary } from '@contract/library';
import { itemByTitle } from './item-by-title';

const item = (id: string, fr: string, en: string) => ({ id, title: { fr, en } }) as LibraryItemSummary;
const items = [
  item('open-day', 'Journée portes ouvertes à l’usine de Douai', 'Open day at the Douai plant'),
  item('hiring', 'L’usine de Douai ouvre 200 postes', 'The Douai plant is hiring 200 people'),
  item('solar', 'Recharge au soleil', 'Charging in the sun'),
];

describe('finding an item by its title', () => {
  it('takes the title sharing the most words, in either language, accents and case aside', () => {
    expect(itemByTitle(items, 'les 200 POSTES de l’usine')?.id).toBe('hiring');
    expect(itemByTitle(items, 'journee portes ouvertes')?.id).toBe('open-day');
    expect(itemByTitle(items, 'the sun')?.id).toBe('solar');
  });

  it('takes the newest among equals, and nothing when no word is shared', () => {
    expect(itemByTitle(items, 'Douai')?.id).toBe('open-day');
    expect(itemByTitle(items, 'the cafeteria')).toBeUndefined();
    expect(itemByTitle(items, 'de la')).toBeUndefined();
  });
});
