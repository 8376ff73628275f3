import type { SuggestedText, TextCorrection } from './documents';

export type CorrectionOutcome =
  | { ok: true; texts: SuggestedText[]; corrections: TextCorrection[] }
  /** `index` in the corrections: a text the item does not have, or one corrected twice. */
  | { ok: false; index: number; reason: 'unknown' | 'twice' };

/** One suggested text per network and language: the slot a correction names. */
export const textSlot = (text: Pick<SuggestedText, 'network' | 'language'>) =>
  `${text.network}:${text.language}`;

/**
 * A reviewer corrects some of an item's texts before approving it: each correction replaces the item's text
 * for the same network and language; the others stay. Only real changes are recorded, for the author to see.
 */
export function correctTexts(
  texts: readonly SuggestedText[],
  corrected: readonly SuggestedText[],
): CorrectionOutcome {
  const byKey = new Map(corrected.map((text) => [textSlot(text), text]));
  const seen = new Set<string>();
  for (const [index, text] of corrected.entries()) {
    const key = textSlot(text);
    if (!texts.some((existing) => textSlot(existing) === key)) return { ok: false, index, reason: 'unknown' };
    if (seen.has(key)) return { ok: false, index, reason: 'twice' };
    seen.add(key);
  }
  const corrections: TextCorrection[] = [];
  const result = texts.map((existing) => {
    const correction = byKey.get(textSlot(existing));
    if (!correction || correction.text === existing.text) return existing;
    corrections.push({
      network: existing.network,
      language: existing.language,
      before: existing.text,
      after: correction.text,
    });
    return { ...existing, text: correction.text };
  });
  return { ok: true, texts: result, corrections };
}
