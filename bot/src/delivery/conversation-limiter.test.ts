import { describe, expect, it } from 'vitest';
import { ConversationLimiter } from './conversation-limiter';

describe('ConversationLimiter', () => {
  it('allows 7 a second to one conversation, then waits for the oldest to leave the window', () => {
    const limiter = new ConversationLimiter();
    for (let i = 0; i < 7; i++) {
      expect(limiter.nextAllowedAt('a', 100 + i)).toBe(100 + i);
      limiter.record('a', 100 + i);
    }
    expect(limiter.nextAllowedAt('a', 200)).toBe(1_100);
    expect(limiter.nextAllowedAt('b', 200)).toBe(200);
  });

  it('allows 60 per 30 seconds', () => {
    const limiter = new ConversationLimiter();
    let now = 0;
    for (let i = 0; i < 60; i++) {
      now = limiter.nextAllowedAt('a', now);
      limiter.record('a', now);
    }
    // 60 sends at 7 a second took about 8 s; the 61st waits until the first is 30 s old.
    expect(limiter.nextAllowedAt('a', now)).toBe(30_000);
  });

  it('forgets quiet conversations', () => {
    const limiter = new ConversationLimiter([{ sends: 1, windowMs: 1_000 }]);
    limiter.record('a', 0);
    limiter.prune(500);
    expect(limiter.nextAllowedAt('a', 500)).toBe(1_000);
    limiter.prune(1_000);
    expect(limiter.nextAllowedAt('a', 500)).toBe(500);
  });
});
