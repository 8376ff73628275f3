import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, toDateTimeInput } from './dateTimeInput';

describe('date and time inputs, in the profile’s time zone', () => {
  it('read and write the wall-clock time of that zone, whatever the device’s', () => {
    expect(toDateTimeInput('2026-06-14T07:30:00.000Z', 'Europe/Paris')).toBe('2026-06-14T09:30');
    expect(fromDateTimeInput('2026-06-14T09:30', 'Europe/Paris')).toBe('2026-06-14T07:30:00.000Z');
    expect(fromDateTimeInput('2026-06-14T09:30', 'America/Montreal')).toBe('2026-06-14T13:30:00.000Z');
  });

  it('follow summer time: the same 09:00 is a different instant either side of the change', () => {
    // Paris moves to summer time on 29 March 2026 at 02:00.
    expect(fromDateTimeInput('2026-03-28T09:00', 'Europe/Paris')).toBe('2026-03-28T08:00:00.000Z');
    expect(fromDateTimeInput('2026-03-30T09:00', 'Europe/Paris')).toBe('2026-03-30T07:00:00.000Z');
    expect(toDateTimeInput('2026-03-30T07:00:00.000Z', 'Europe/Paris')).toBe('2026-03-30T09:00');
  });

  it('round-trip an instant to the minute', () => {
    const instant = '2026-10-26T08:15:00.000Z';
    expect(fromDateTimeInput(toDateTimeInput(instant, 'Europe/Paris'), 'Europe/Paris')).toBe(instant);
  });

  it('leave empty and invalid values empty', () => {
    expect(toDateTimeInput(undefined, 'Europe/Paris')).toBe('');
    expect(toDateTimeInput('not a date', 'Europe/Paris')).toBe('');
    expect(fromDateTimeInput('', 'Europe/Paris')).toBeUndefined();
    expect(fromDateTimeInput('2026-06-14', 'Europe/Paris')).toBeUndefined();
  });
});
