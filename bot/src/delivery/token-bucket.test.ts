import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a full bucket send at once, then spaces sends at the rate', () => {
    const bucket = new TokenBucket(10, 2, 0);
    expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBeCloseTo(100);
    expect(bucket.take(0)).toBeCloseTo(200);
  });

  it('refills with time, never beyond its capacity', () => {
    const bucket = new TokenBucket(10, 2, 0);
    bucket.take(0);
    bucket.take(0);
    expect(bucket.take(1_000_000)).toBe(0);
    expect(bucket.take(1_000_000)).toBe(0);
    expect(bucket.take(1_000_000)).toBeCloseTo(100);
  });

  it('keeps the long-run rate whatever the pattern of calls', () => {
    const bucket = new TokenBucket(50, 5, 0);
    let clock = 0;
    for (let sent = 0; sent < 505; sent++) clock += bucket.take(clock);
    // 5 from the initial burst, then 500 at 50 per second.
    expect(clock).toBeCloseTo(10_000);
  });
});
