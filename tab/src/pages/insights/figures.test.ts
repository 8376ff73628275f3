import { describe, expect, it } from 'vitest';
import { formatDay, formatFigure } from './figures';

// Intl separates French thousands with a narrow no-break space and puts a no-break space before % and €.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatFigure', () => {
  it('writes counts, ratios and money in the person’s language', () => {
    expect(formatFigure(12345, 'count', { locale: 'en', currency: 'EUR' })).toBe('12,345');
    expect(plain(formatFigure(12345, 'count', { locale: 'fr', currency: 'EUR' }))).toBe('12 345');
    expect(formatFigure(0.0425, 'ratio', { locale: 'en', currency: 'EUR' })).toBe('4.3%');
    expect(plain(formatFigure(0.0425, 'ratio', { locale: 'fr', currency: 'EUR' }))).toBe('4,3 %');
    expect(plain(formatFigure(1250.4, 'money', { locale: 'fr', currency: 'EUR' }))).toBe('1 250 €');
    // Clicks per share: 4.238 clicks for each share, not "423.8 %".
    expect(formatFigure(4.238, 'average', { locale: 'en' })).toBe('4.2');
    expect(formatFigure(4.238, 'average', { locale: 'fr' })).toBe('4,2');
    expect(formatFigure(1250.4, 'money', { locale: 'en', currency: 'USD' })).toBe('$1,250');
  });

  it('keeps text as it is', () => {
    expect(formatFigure('LinkedIn', 'text', { locale: 'en', currency: 'EUR' })).toBe('LinkedIn');
  });
});

describe('formatDay', () => {
  it('writes the calendar day itself, whatever the machine’s time zone', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDay('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDay('2026-03-01', 'en', 'short')).toBe('Mar 1');
  });

  it('gives back what is not a day', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
