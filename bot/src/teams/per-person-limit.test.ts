import { describe, expect, it } from 'vitest';
import { PerPersonLimit } from './per-person-limit';

describe('PerPersonLimit', () => {
  it('lets ten notifications a minute go at once and the eleventh a minute after the first', () => {
    let now = 1_000_000;
    const limit = new PerPersonLimit(10, 60_000);
    for (let sent = 0; sent < 10; sent++) {
      now += 1_000;
      expect(limit.freeAt('ana', now)).toBe(now);
      limit.record('ana', now);
    }
    expect(limit.freeAt('ana', now)).toBe(1_001_000 + 60_000);
    // Asking does not count: only what was sent does.
    expect(limit.freeAt('ana', now)).toBe(1_001_000 + 60_000);
    // Someone else is not held back by Ana's notifications.
    expect(limit.freeAt('ben', now)).toBe(now);
  });

  it('forgets notifications older than the window', () => {
    const limit = new PerPersonLimit(2, 60_000);
    limit.record('ana', 0);
    limit.record('ana', 0);
    expect(limit.freeAt('ana', 1_000)).toBe(60_000);
    expect(limit.freeAt('ana', 60_001)).toBe(60_001);
  });
});
