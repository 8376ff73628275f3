import { describe, expect, it } from 'vitest';
import { estimateFinish } from './estimate-finish';

const now = new Date('2026-11-23T10:00:00Z');

describe('estimateFinish', () => {
  it('counts what is left at the send rate', () => {
    const progress = { pending: 4_900, sending: 100, sent: 5_000, failed: 3, unreachable: 2 };
    expect(estimateFinish(progress, 50, now)).toEqual(new Date('2026-11-23T10:01:40Z'));
  });

  it('is undefined once every delivery is settled', () => {
    const progress = { pending: 0, sending: 0, sent: 10, failed: 1, unreachable: 1 };
    expect(estimateFinish(progress, 50, now)).toBeUndefined();
  });
});
