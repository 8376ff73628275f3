import { CardFactory } from 'botbuilder';
import type { MessagingExtensionAttachment } from 'botbuilder';
import type { LibraryItemSummary } from '@contract/library';
import type { Locale } from '@contract/locale';
import { buildLibraryItemCard } from '../../chat/cards/library-item-card';

/**
 * A library item as a message extension answers it: the item card to insert into the chat or channel, with a
 * button to the item in the tab, and the thumbnail Teams shows first (a search result, a collapsed unfurl).
 */
export function libraryItemAttachment(
  locale: Locale,
  item: LibraryItemSummary,
  itemUrl: string,
): MessagingExtensionAttachment {
  const { imageUrl } = item.preview;
  return {
    ...CardFactory.adaptiveCard(buildLibraryItemCard(locale, item, itemUrl)),
    preview: CardFactory.thumbnailCard(
      item.title[locale],
      item.preview.description[locale],
      imageUrl?.startsWith('https://') ? [imageUrl] : [],
    ),
  };
}
