/** The words of a text, lower-cased, for comparing texts by what they say rather than by their layout. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}#@]+/gu) ?? []);

/**
 * Of the texts a person could start from, the one closest to what they posted (most words in common, relative
 * to both texts' words): the supervisor compares the post with that one, not with the first, so a person who
 * began from the second suggestion does not look as if they had rewritten everything. The first on a tie.
 */
export function closestText(candidates: readonly string[], posted: string): string | undefined {
  const postedWords = wordsOf(posted);
  let best: { text: string; score: number } | undefined;
  for (const text of candidates) {
    const words = wordsOf(text);
    const shared = [...words].filter((word) => postedWords.has(word)).length;
    const union = words.size + postedWords.size - shared;
    const score = union === 0 ? 1 : shared / union;
    if (!best || score > best.score) best = { text, score };
  }
  return best?.text;
}
