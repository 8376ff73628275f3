import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './microsoft-graph';

describe('Retry-After', () => {
  it('reads seconds, as Graph sends them, and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(5000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
