import { describe, expect, it } from 'vitest';
import { correctTexts } from './review-corrections';
import type { SuggestedText } from './documents';

const texts: SuggestedText[] = [
  { network: 'linkedin', language: 'fr', text: 'Venez nous voir samdi #collaborateur' },
  { network: 'x', language: 'fr', text: 'Samedi à Douai #collaborateur' },
];

/** Two alternatives for LinkedIn in French, with an X text between them: positions count per slot. */
const alternatives: SuggestedText[] = [
  { network: 'linkedin', language: 'fr', text: 'Portes ouvertes samdi #collaborateur' },
  { network: 'x', language: 'fr', text: 'Samedi à Douai #collaborateur' },
  { network: 'linkedin', language: 'fr', text: 'Venez visiter l’usine samdi #collaborateur' },
];

describe('correctTexts', () => {
  it('replaces the corrected texts, keeps the others, and records only what changed', () => {
    const outcome = correctTexts(texts, [
      { network: 'linkedin', language: 'fr', position: 0, text: 'Venez nous voir samedi #collaborateur' },
      { network: 'x', language: 'fr', position: 0, text: 'Samedi à Douai #collaborateur' },
    ]);
    expect(outcome).toEqual({
      ok: true,
      texts: [
        { network: 'linkedin', language: 'fr', text: 'Venez nous voir samedi #collaborateur' },
        texts[1],
      ],
      corrections: [
        {
          network: 'linkedin',
          language: 'fr',
          before: 'Venez nous voir samdi #collaborateur',
          after: 'Venez nous voir samedi #collaborateur',
        },
      ],
    });
  });

  it('corrects the second of two texts for one network and language, and leaves the first as it was', () => {
    const outcome = correctTexts(alternatives, [
      {
        network: 'linkedin',
        language: 'fr',
        position: 1,
        text: 'Venez visiter l’usine samedi #collaborateur',
      },
    ]);
    expect(outcome).toEqual({
      ok: true,
      texts: [
        alternatives[0],
        alternatives[1],
        { network: 'linkedin', language: 'fr', text: 'Venez visiter l’usine samedi #collaborateur' },
      ],
      corrections: [
        {
          network: 'linkedin',
          language: 'fr',
          before: 'Venez visiter l’usine samdi #collaborateur',
          after: 'Venez visiter l’usine samedi #collaborateur',
        },
      ],
    });
  });

  it('corrects both texts for one network and language, each with its own words', () => {
    const outcome = correctTexts(alternatives, [
      {
        network: 'linkedin',
        language: 'fr',
        position: 1,
        text: 'Venez visiter l’usine samedi #collaborateur',
      },
      { network: 'linkedin', language: 'fr', position: 0, text: 'Portes ouvertes samedi #collaborateur' },
    ]);
    expect(outcome.ok && outcome.texts.map((text) => text.text)).toEqual([
      'Portes ouvertes samedi #collaborateur',
      'Samedi à Douai #collaborateur',
      'Venez visiter l’usine samedi #collaborateur',
    ]);
    // In the item's order, whatever the order they were sent in.
    expect(outcome.ok && outcome.corrections.map((correction) => correction.before)).toEqual([
      'Portes ouvertes samdi #collaborateur',
      'Venez visiter l’usine samdi #collaborateur',
    ]);
  });

  it('refuses a text the item does not have, one past its texts of a network and language, and one corrected twice, naming it', () => {
    expect(
      correctTexts(texts, [{ network: 'facebook', language: 'fr', position: 0, text: 'Nouveau' }]),
    ).toEqual({ ok: false, index: 0, reason: 'unknown' });
    const first = { network: 'linkedin', language: 'fr', position: 0, text: 'Portes ouvertes' } as const;
    expect(correctTexts(alternatives, [first, { ...first, position: 2 }])).toEqual({
      ok: false,
      index: 1,
      reason: 'position',
    });
    expect(correctTexts(alternatives, [first, { ...first, position: 1 }, first])).toEqual({
      ok: false,
      index: 2,
      reason: 'twice',
    });
  });
});
