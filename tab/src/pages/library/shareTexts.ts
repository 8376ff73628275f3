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

export function suggestedText(
  item: Pick<LibraryItem, 'texts'>,
  network: Network,
  language: Locale,
): SuggestedText | undefined {
  return item.texts.find((text) => text.network === network && text.language === language);
}
