import { describe, expect, it } from 'vitest';
import { closestText } from './closest-text';

const suggestions = [
  'Nous recrutons 200 personnes à Douai : rejoignez-nous !',
  'Fier de voir mon usine grandir : 200 postes ouverts à Douai.',
  'Vous cherchez un métier qui a du sens ? Douai recrute.',
];

describe('closestText', () => {
  it('finds the suggestion a person started from, though they edited it', () => {
    expect(closestText(suggestions, 'Tellement fier de voir mon usine grandir : 200 postes à Douai !')).toBe(
      suggestions[1],
    );
    expect(closestText(suggestions, 'Vous cherchez un métier qui a du sens ? Venez à Douai.')).toBe(
      suggestions[2],
    );
  });

  it('takes the first on a tie, and nothing from nothing', () => {
    expect(closestText(suggestions, 'Bonjour')).toBe(suggestions[0]);
    expect(closestText([], 'Bonjour')).toBeUndefined();
  });
});
