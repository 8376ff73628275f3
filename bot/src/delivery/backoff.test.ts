import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  const policy = { baseMs: 1_000, maxMs: 8_000 };

  it('doubles with each failure, between half and all of the step', () => {
    expect(backoffDelayMs(1, () => 0, policy)).toBe(500);
    expect(backoffDelayMs(1, () => 1, policy)).toBe(1_000);
    expect(backoffDelayMs(3, () => 0, policy)).toBe(2_000);
    expect(backoffDelayMs(3, () => 1, policy)).toBe(4_000);
  });

  it('is capped', () => {
    expect(backoffDelayMs(30, () => 1, policy)).toBe(8_000);
  });

  it('spreads deliveries that failed together', () => {
    const delays = [0.1, 0.5, 0.9].map((draw) => backoffDelayMs(2, () => draw, policy));
    expect(new Set(delays).size).toBe(3);
  });
});
