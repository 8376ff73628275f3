import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from './comparison';

describe('compareWithPrevious', () => {
  it('gives the direction and the relative change', () => {
    expect(compareWithPrevious(150, 100)).toEqual({ trend: 'up', change: 0.5 });
    expect(compareWithPrevious(75, 100)).toEqual({ trend: 'down', change: -0.25 });
    expect(compareWithPrevious(4, 4)).toEqual({ trend: 'flat', change: 0 });
  });

  it('has no relative change when the previous period had nothing', () => {
    expect(compareWithPrevious(12, 0)).toEqual({ trend: 'up', change: undefined });
    expect(compareWithPrevious(0, 0)).toEqual({ trend: 'flat', change: undefined });
  });
});
