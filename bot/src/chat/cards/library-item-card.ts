import type { LibraryItemSummary } from '@contract/library';
import type { Locale } from '@contract/locale';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph } from './adaptive-card';
import type { IActionSet, IImage } from '@microsoft/teams.cards';
import type { AdaptiveCard, TextBlock } from './adaptive-card';

/**
 * A library item as a card shows it: picture, title, description and a button to the item in the tab ("Open in
 * Ambassade" unless the card says what the button is for).
 */
export function libraryItemElements(
  locale: Locale,
  item: LibraryItemSummary,
  itemUrl: string,
  buttonTitle = messagesFor(locale).openItem,
): (TextBlock | IImage | IActionSet)[] {
  const { imageUrl } = item.preview;
  return [
    // Teams only loads pictures over HTTPS.
    ...(imageUrl?.startsWith('https://')
      ? [{ type: 'Image', url: imageUrl, altText: item.title[locale], size: 'Stretch' } as const]
      : []),
    { ...paragraph(item.title[locale]), size: 'Medium', weight: 'Bolder' },
    { ...paragraph(item.preview.description[locale]), isSubtle: true },
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: buttonTitle, url: itemUrl }] },
  ];
}

/** One item on its own card: what the message extension inserts into a chat or channel. */
export function buildLibraryItemCard(
  locale: Locale,
  item: LibraryItemSummary,
  itemUrl: string,
): AdaptiveCard {
  return adaptiveCard(libraryItemElements(locale, item, itemUrl));
}
