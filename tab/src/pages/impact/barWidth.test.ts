import { describe, expect, it } from 'vitest';
import { barWidth } from './barWidth';

describe('barWidth', () => {
  it('scales to the largest value', () => {
    expect(barWidth(5, 10)).toBe(50);
    expect(barWidth(10, 10)).toBe(100);
  });

  it('keeps small values visible and zero empty', () => {
    expect(barWidth(1, 1000)).toBe(2);
    expect(barWidth(0, 10)).toBe(0);
    expect(barWidth(0, 0)).toBe(0);
  });
});
