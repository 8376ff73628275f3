import { describe, expect, it } from 'vitest';
import { PerPersonLimit } from './per-person-limit';

describe('PerPersonLimit', () => {
  it('lets ten notifications a minute go at once and books the eleventh a minute after the first', () => {
    let now = 1_000_000;
    const limit = new PerPersonLimit(10, 60_000);
    const first = Array.from({ length: 10 }, () => {
      now += 1_000;
      return limit.book('ana', now);
    });
    expect(first).toEqual(Array.from({ length: 10 }, (_, index) => 1_001_000 + index * 1_000));
    expect(limit.book('ana', now)).toBe(1_001_000 + 60_000);
    expect(limit.book('ana', now)).toBe(1_002_000 + 60_000);
    // Someone else is not held back by Ana's notifications.
    expect(limit.book('ben', now)).toBe(now);
  });

  it('forgets notifications older than the window', () => {
    let now = 0;
    const limit = new PerPersonLimit(2, 60_000);
    limit.book('ana', now);
    limit.book('ana', now);
    now = 60_001;
    expect(limit.book('ana', now)).toBe(now);
  });
});
