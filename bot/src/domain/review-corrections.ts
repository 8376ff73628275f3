import { slotKey, withPositions } from '@contract/text-slot';
import type { TextSlot } from '@contract/text-slot';
import type { SuggestedText, TextCorrection } from './documents';

/** A reviewer's version of one text, named by its slot. */
export type CorrectedText = TextSlot & Pick<SuggestedText, 'text'>;

export type CorrectionOutcome =
  | { ok: true; texts: SuggestedText[]; corrections: TextCorrection[] }
  /**
   * `index` in the corrections: one naming a network and language the item has no text for (`unknown`), or a
   * position past its texts of that network and language (`position`), or a text corrected twice.
   */
  | { ok: false; index: number; reason: 'unknown' | 'position' | 'twice' };

/**
 * A reviewer corrects some of an item's texts before approving it: each correction replaces the item's text
 * of the same slot; the others stay. Only real changes are recorded, for the author to see.
 */
export function correctTexts(
  texts: readonly SuggestedText[],
  corrected: readonly CorrectedText[],
): CorrectionOutcome {
  const slots = withPositions(texts).map(slotKey);
  const replacements = new Map<number, string>();
  for (const [index, correction] of corrected.entries()) {
    const at = slots.indexOf(slotKey(correction));
    if (at < 0) {
      const hasNetworkAndLanguage = texts.some(
        (text) => text.network === correction.network && text.language === correction.language,
      );
      return { ok: false, index, reason: hasNetworkAndLanguage ? 'position' : 'unknown' };
    }
    if (replacements.has(at)) return { ok: false, index, reason: 'twice' };
    replacements.set(at, correction.text);
  }
  const corrections: TextCorrection[] = [];
  const result = texts.map((existing, at) => {
    const text = replacements.get(at);
    if (text === undefined || text === existing.text) return existing;
    corrections.push({
      network: existing.network,
      language: existing.language,
      before: existing.text,
      after: text,
    });
    return { ...existing, text };
  });
  return { ok: true, texts: result, corrections };
}
