import { describe, expect, it } from 'vitest';
import { ownWordsShare, textDiff } from './textDiff';

describe('the difference between the suggested text and the shared one', () => {
  it('shows the words kept, added and removed, in reading order', () => {
    const parts = textDiff('Notre usine de Douai recrute.', 'Mon usine de Douai recrute, venez !');
    expect(parts.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text])).toEqual([
      ['removed', 'Notre'],
      ['added', 'Mon'],
      ['removed', '.'],
      ['added', ', venez !'],
    ]);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('Mon usine de Douai recrute, venez !');
  });

  it('says how much of the post is the ambassador’s own words', () => {
    expect(ownWordsShare(textDiff('Un texte', 'Un texte'))).toBe(0);
    expect(ownWordsShare(textDiff('Un texte', 'Un texte bien à moi'))).toBeCloseTo(3 / 5);
    expect(ownWordsShare([])).toBe(0);
  });
});
