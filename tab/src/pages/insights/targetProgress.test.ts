import { describe, expect, it } from 'vitest';
import { targetProgress } from './targetProgress';

describe('targetProgress', () => {
  it('is the share of the target reached, beyond 1 when exceeded', () => {
    expect(targetProgress(30, 40)).toBe(0.75);
    expect(targetProgress(50, 40)).toBe(1.25);
    expect(targetProgress(0, 40)).toBe(0);
  });

  it('is undefined without a target', () => {
    expect(targetProgress(12, 0)).toBeUndefined();
  });
});
