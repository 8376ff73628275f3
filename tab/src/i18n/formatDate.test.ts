import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './formatDate';

describe('formatDate', () => {
  it('writes a long date in the given language and time zone', () => {
    expect(formatDate('2025-03-03T09:00:00Z', 'fr', 'Europe/Paris')).toBe('3 mars 2025');
    expect(formatDate('2025-03-03T09:00:00Z', 'en', 'Europe/Paris')).toBe('March 3, 2025');
  });

  it('uses the time zone to pick the day', () => {
    expect(formatDate('2025-03-03T23:30:00Z', 'en', 'Europe/Paris')).toBe('March 4, 2025');
  });

  it('ignores an unknown time zone and rejects an invalid date', () => {
    expect(formatDate('2025-03-03T12:00:00Z', 'en', 'Mars/Olympus')).toBe('March 3, 2025');
    expect(formatDate('not a date', 'en')).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('adds the time, in the person’s time zone', () => {
    expect(formatDateTime('2025-03-03T09:00:00Z', 'fr', 'Europe/Paris')).toBe('3 mars 2025, 10:00');
    expect(formatDateTime('not a date', 'en')).toBeUndefined();
  });
});
