import { describe, expect, it } from 'vitest';
import { correctTexts } from './review-corrections';
import type { SuggestedText } from './documents';

const texts: SuggestedText[] = [
  { network: 'linkedin', language: 'fr', text: 'Venez nous voir samdi #collaborateur' },
  { network: 'x', language: 'fr', text: 'Samedi à Douai #collaborateur' },
];

describe('correctTexts', () => {
  it('replaces the corrected texts, keeps the others, and records only what changed', () => {
    const outcome = correctTexts(texts, [
      { network: 'linkedin', language: 'fr', text: 'Venez nous voir samedi #collaborateur' },
      { network: 'x', language: 'fr', text: 'Samedi à Douai #collaborateur' },
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

  it('refuses a text the item does not have, and one corrected twice, naming it', () => {
    expect(correctTexts(texts, [{ network: 'facebook', language: 'fr', text: 'Nouveau' }])).toEqual({
      ok: false,
      index: 0,
      reason: 'unknown',
    });
    const twice = { network: 'x', language: 'fr', text: 'Encore' } as const;
    expect(correctTexts(texts, [twice, twice])).toEqual({ ok: false, index: 1, reason: 'twice' });
  });
});
