import type { LibraryItemSummary } from '@contract/library';
import { foldText } from '@contract/text';

/** Words too common to tell one title from another. */
const COMMON_WORDS = new Set([
  'the',
  'and',
  'for',
  'our',
  'with',
  'about',
  'les',
  'des',
  'une',
  'sur',
  'pour',
  'dans',
  'avec',
  'notre',
  'nos',
]);

function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !COMMON_WORDS.has(word));
}

/**
 * The item whose title, in either language, shares the most words with what the person typed; the newest among
 * equals (the list comes newest first). Undefined when no title shares a word.
 */
export function itemByTitle(
  items: readonly LibraryItemSummary[],
  typed: string,
): LibraryItemSummary | undefined {
  const wanted = new Set(wordsOf(typed));
  let best: { item: LibraryItemSummary; score: number } | undefined;
  for (const item of items) {
    const titleWords = new Set(wordsOf(`${item.title.fr} ${item.title.en}`));
    const score = [...wanted].filter((word) => titleWords.has(word)).length;
    if (score > 0 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item;
}
