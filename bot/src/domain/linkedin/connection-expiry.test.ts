import { describe, expect, it } from 'vitest';
import { connectionStatus, expiresAtFrom, isExpiryNudgeDue } from './connection-expiry';

const now = new Date('2026-12-07T10:00:00.000Z');

describe('LinkedIn connection expiry', () => {
  it('dates the token’s end from its lifetime in seconds (60 days for member tokens)', () => {
    expect(expiresAtFrom(now, 5_184_000)).toBe('2027-02-05T10:00:00.000Z');
  });

  it('is connected until its end, expired from then on or once LinkedIn refused it, disconnected without one', () => {
    expect(connectionStatus(undefined, now)).toBe('disconnected');
    expect(connectionStatus({ expiresAt: '2026-12-07T10:00:01.000Z' }, now)).toBe('connected');
    expect(connectionStatus({ expiresAt: '2026-12-07T10:00:00.000Z' }, now)).toBe('expired');
    expect(
      connectionStatus({ expiresAt: '2027-01-01T00:00:00.000Z', refusedAt: '2026-12-06T00:00:00.000Z' }, now),
    ).toBe('expired');
  });

  it('is worth a nudge within the week before its end, once, and not once it has lapsed', () => {
    expect(isExpiryNudgeDue({ expiresAt: '2026-12-14T10:00:01.000Z' }, now)).toBe(false);
    expect(isExpiryNudgeDue({ expiresAt: '2026-12-14T10:00:00.000Z' }, now)).toBe(true);
    expect(
      isExpiryNudgeDue(
        { expiresAt: '2026-12-10T00:00:00.000Z', expiryNudgedAt: '2026-12-07T09:00:00.000Z' },
        now,
      ),
    ).toBe(false);
    expect(isExpiryNudgeDue({ expiresAt: '2026-12-07T09:00:00.000Z' }, now)).toBe(false);
  });
});
