import { describe, expect, it } from 'vitest';
import { awardMilestones } from './badges';
import { noCounts } from './points-ledger';

const counts = (shares: number, clicks = 0, paths = 0) => ({
  ...noCounts,
  shares,
  clicks,
  paths,
});

describe('awardMilestones', () => {
  it('awards each milestone once its counter reaches the threshold', () => {
    expect(awardMilestones([], counts(0), 'now')).toEqual([]);
    expect(awardMilestones([], counts(1), 't1').map((badge) => badge.id)).toEqual(['first-share']);
    expect(awardMilestones([], counts(10, 100), 't1').map((badge) => badge.id)).toEqual([
      'first-share',
      'shares-10',
      'clicks-100',
    ]);
  });

  it('awards a badge for the first training path completed, and another at three', () => {
    expect(awardMilestones([], counts(0, 0, 1), 't1').map((badge) => badge.id)).toEqual(['first-path']);
    expect(awardMilestones([], counts(0, 0, 3), 't1').map((badge) => badge.id)).toEqual([
      'first-path',
      'paths-3',
    ]);
  });

  it('keeps the date a badge was first earned', () => {
    const held = [{ id: 'first-share' as const, awardedAt: 't1' }];
    expect(awardMilestones(held, counts(10), 't2')).toEqual([
      { id: 'first-share', awardedAt: 't1' },
      { id: 'shares-10', awardedAt: 't2' },
    ]);
  });
});
