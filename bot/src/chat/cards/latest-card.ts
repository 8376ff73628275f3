import type { LibraryItemSummary } from '@contract/library';
import type { Locale } from '@contract/locale';
import { messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';
import { libraryItemElements } from './library-item-card';

export interface LatestCardLinks {
  library: string;
  item(itemId: string): string;
}

/** The newest items for the person, each with a button to it in the tab; an empty list says so. */
export function buildLatestCard(
  locale: Locale,
  items: readonly LibraryItemSummary[],
  links: LatestCardLinks,
): AdaptiveCard {
  const m = messagesFor(locale);
  return adaptiveCard(
    [
      title(m.latestTitle),
      ...(items.length === 0
        ? [paragraph(m.latestEmpty)]
        : items.flatMap((item) => libraryItemElements(locale, item, links.item(item.id)))),
    ],
    [{ type: 'Action.OpenUrl', title: m.openLibrary, url: links.library }],
  );
}
