/**
 * LinkedIn's "little" text format, which the Posts API reads `commentary` in: `\ | { } @ [ ] ( ) < > # * _ ~` are
 * markup (mentions, hashtags, templates) and must be backslash-escaped to stay text; unescaped, LinkedIn may cut
 * the post at the first one. A `#` that starts a word stays a hashtag, as the person wrote it.
 */
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const HASHTAG_START = /[\p{L}\p{N}]/u;

export function escapeLittleText(text: string): string {
  return text.replace(RESERVED, (character, offset: number) => {
    const next = text[offset + 1];
    const startsHashtag = character === '#' && next !== undefined && HASHTAG_START.test(next);
    return startsHashtag ? character : `\\${character}`;
  });
}
