import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, toDateTimeInput } from './dateTimeInput';

describe('date and time inputs', () => {
  it('round-trip an instant through the local wall-clock value, to the minute', () => {
    const instant = '2026-06-14T09:30:00.000Z';
    const local = toDateTimeInput(instant);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromDateTimeInput(local)).toBe(instant);
  });

  it('leave empty and invalid values empty', () => {
    expect(toDateTimeInput(undefined)).toBe('');
    expect(toDateTimeInput('not a date')).toBe('');
    expect(fromDateTimeInput('')).toBeUndefined();
    expect(fromDateTimeInput('2026-06-14')).toBeUndefined();
  });
});
