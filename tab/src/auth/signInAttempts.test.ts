import { describe, expect, it } from 'vitest';
import { isRecent } from './signInAttempts';

describe('isRecent', () => {
  const now = 1_000_000;

  it('is true within 30 seconds of starting a sign-in', () => {
    expect(isRecent(now - 29_000, now)).toBe(true);
  });

  it('is false after that, before it, or with no attempt recorded', () => {
    expect(isRecent(now - 30_000, now)).toBe(false);
    expect(isRecent(now + 5_000, now)).toBe(false);
    expect(isRecent(undefined, now)).toBe(false);
    expect(isRecent(Number.NaN, now)).toBe(false);
  });
});
