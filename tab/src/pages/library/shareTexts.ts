import type { LibraryItem } from '@contract/library';
import type { Locale } from '@contract/locale';
import { locales } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';

export type SuggestedText = LibraryItem['texts'][number];

/** The networks the item has a suggested text for, in the usual network order. */
export function networksWithTexts(item: Pick<LibraryItem, 'texts'>): Network[] {
  return networks.filter((network) => item.texts.some((text) => text.network === network));
}

/** The languages the item has a text in for this network. */
export function languagesFor(item: Pick<LibraryItem, 'texts'>, network: Network): Locale[] {
  return locales.filter((language) =>
    item.texts.some((text) => text.network === network && text.language === language),
  );
}

/** The preferred language when the network has a text in it, otherwise the first one it has. */
export function pickLanguage(available: readonly Locale[], preferred: Locale): Locale | undefined {
  return available.includes(preferred) ? preferred : available[0];
}

/**
 * Every suggested text for this network and language, in an order of this person's own: stable for them and the
 * item (the same order on every visit), different from one colleague to the next, so that a team sharing the
 * same morning does not all start from the same words.
 */
export function textChoices<Text extends Pick<SuggestedText, 'network' | 'language' | 'text'>>(
  item: { id: string; texts: readonly Text[] },
  network: Network,
  language: Locale,
  personId: string,
): Text[] {
  const rank = (suggestion: Text) => hash32(`${personId}\u0000${item.id}\u0000${suggestion.text}`);
  return item.texts
    .filter((text) => text.network === network && text.language === language)
    .map((suggestion) => ({ suggestion, rank: rank(suggestion) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ suggestion }) => suggestion);
}

/**
 * FNV-1a, then MurmurHash3's finaliser so that strings differing only in their last characters still land far
 * apart. Ranking each text by its own hash (rather than shuffling by position) keeps a person's order of the
 * other texts when one is added or removed.
 */
function hash32(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
