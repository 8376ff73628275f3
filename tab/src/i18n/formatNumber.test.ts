import { describe, expect, it } from 'vitest';
import { formatMonth, formatNumber } from './formatNumber';

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
  });
});

describe('formatMonth', () => {
  it('names the month and year in the person’s language', () => {
    expect(formatMonth('2025-03', 'en')).toBe('March 2025');
    expect(formatMonth('2025-03', 'fr')).toBe('mars 2025');
    expect(formatMonth('2024-12', 'en')).toBe('December 2024');
  });

  it('keeps anything that is not a calendar month as it is', () => {
    expect(formatMonth('2025-13', 'en')).toBe('2025-13');
    expect(formatMonth('March', 'en')).toBe('March');
  });
});
