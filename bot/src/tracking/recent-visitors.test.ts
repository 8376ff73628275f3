import { describe, expect, it } from 'vitest';
import { RecentVisitors } from './recent-visitors';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 12, 0, seconds));

describe('RecentVisitors', () => {
  it('knows a counted visitor until its window ends, and only then', () => {
    const visitors = new RecentVisitors(10_000, 100);
    expect(visitors.has('a', at(0))).toBe(false);
    visitors.counted('a', at(0));
    expect(visitors.has('a', at(9))).toBe(true);
    expect(visitors.has('a', at(10))).toBe(false);
    expect(visitors.has('b', at(1))).toBe(false);
  });

  it('forgets the oldest past its capacity, and those whose window ended', () => {
    const visitors = new RecentVisitors(10_000, 2);
    visitors.counted('a', at(0));
    visitors.counted('b', at(1));
    visitors.counted('c', at(2));
    expect([visitors.has('a', at(3)), visitors.has('b', at(3)), visitors.has('c', at(3))]).toEqual([
      false,
      true,
      true,
    ]);
    visitors.counted('d', at(12));
    expect(visitors.has('b', at(12))).toBe(false);
    expect(visitors.has('d', at(12))).toBe(true);
  });

  it('a visitor counted again starts a new window', () => {
    const visitors = new RecentVisitors(10_000, 2);
    visitors.counted('a', at(0));
    visitors.counted('b', at(1));
    visitors.counted('a', at(11));
    visitors.counted('c', at(12));
    expect(visitors.has('a', at(15))).toBe(true);
    expect(visitors.has('b', at(12))).toBe(false);
  });
});
