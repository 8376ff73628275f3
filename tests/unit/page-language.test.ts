import { describe, expect, it } from 'vitest';
import { stringsIn } from '../support/page-language';

describe('telling a sentence’s language by its marker words', () => {
  it('finds the English chart description in a French page, not French text or names', () => {
    const strings = [
      'Horizontal bar chart with 4 bars',
      'Partages par réseau',
      'Recharge Soleil',
      'Clear',
      'Taux de participation de la campagne',
    ];
    expect(stringsIn('en', strings)).toEqual(['Horizontal bar chart with 4 bars']);
  });

  it('finds a French sentence in an English page, not a name with one French word', () => {
    const strings = ['Retirer le membre du groupe', 'Shares by network', 'Usine de Douai'];
    expect(stringsIn('fr', strings)).toEqual(['Retirer le membre du groupe']);
  });
});
