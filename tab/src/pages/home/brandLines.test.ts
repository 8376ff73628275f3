import { describe, expect, it } from 'vitest';
import { brandsFromLines } from './brandLines';

describe('brandsFromLines', () => {
  it('takes one brand a line, without blank lines or surrounding spaces', () => {
    expect(brandsFromLines(' Contoso Solaire \r\n\n  \nContoso Éolien')).toEqual([
      { name: 'Contoso Solaire' },
      { name: 'Contoso Éolien' },
    ]);
    expect(brandsFromLines('')).toEqual([]);
  });
});
