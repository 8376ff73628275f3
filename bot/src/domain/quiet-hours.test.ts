import { describe, expect, it } from 'vitest';
import { nextAllowedInstant } from './quiet-hours';

const paris = (quietHours?: { start: string; end: string }) => ({ timeZone: 'Europe/Paris', quietHours });

describe('nextAllowedInstant', () => {
  it('sends at once without quiet hours', () => {
    const now = new Date('2026-11-23T22:00:00Z');
    expect(nextAllowedInstant(paris(), now)).toEqual(now);
  });

  it('sends at once outside a window that runs over midnight', () => {
    // 14:00 in Paris (UTC+1 in November).
    const now = new Date('2026-11-23T13:00:00Z');
    expect(nextAllowedInstant(paris({ start: '21:00', end: '08:00' }), now)).toEqual(now);
  });

  it('waits for the end of a window that runs over midnight, before and after midnight', () => {
    const window = { start: '21:00', end: '08:00' };
    // 22:30 and 03:15 in Paris: both wait for 08:00 Paris, 07:00 UTC.
    expect(nextAllowedInstant(paris(window), new Date('2026-11-23T21:30:00Z'))).toEqual(
      new Date('2026-11-24T07:00:00Z'),
    );
    expect(nextAllowedInstant(paris(window), new Date('2026-11-24T02:15:42.500Z'))).toEqual(
      new Date('2026-11-24T07:00:00Z'),
    );
  });

  it('treats the start as quiet and the end as allowed', () => {
    const window = { start: '12:00', end: '14:00' };
    expect(nextAllowedInstant(paris(window), new Date('2026-11-23T11:00:00Z'))).toEqual(
      new Date('2026-11-23T13:00:00Z'),
    );
    const atEnd = new Date('2026-11-23T13:00:00Z');
    expect(nextAllowedInstant(paris(window), atEnd)).toEqual(atEnd);
  });

  it('reads the clock in the person’s own time zone', () => {
    // 23:00 UTC is 18:00 in New York: outside a 21:00–08:00 window there, inside it in Paris.
    const now = new Date('2026-11-23T23:00:00Z');
    const window = { start: '21:00', end: '08:00' };
    expect(nextAllowedInstant({ timeZone: 'America/New_York', quietHours: window }, now)).toEqual(now);
    expect(nextAllowedInstant(paris(window), now)).toEqual(new Date('2026-11-24T07:00:00Z'));
  });
});
