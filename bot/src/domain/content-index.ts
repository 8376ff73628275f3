import { foldText } from '@contract/text';
import type { ContentItemDoc } from './documents';

/** Fills the fields the library filters on, from the item's own texts; applied on every write. */
export function indexContent(item: ContentItemDoc): ContentItemDoc {
  const networks = [...new Set(item.texts.map((text) => text.network))];
  const languages = [...new Set(item.texts.map((text) => text.language))];
  const searchText = foldText(
    [
      item.title.fr,
      item.title.en,
      item.preview.description.fr,
      item.preview.description.en,
      ...item.hashtags,
      ...item.texts.map((text) => text.text),
    ].join(' '),
  );
  return { ...item, networks, languages, searchText };
}

/** Published and not past its expiry: anything else is out of the library at once. */
export function isAvailable(item: ContentItemDoc, now: Date): boolean {
  return item.status === 'published' && (!item.expiresAt || Date.parse(item.expiresAt) > now.getTime());
}
