import { describe, expect, it } from 'vitest';
import { ThrottleGate } from './throttle-gate';

describe('ThrottleGate', () => {
  it('delays only the throttled delivery after one 429, by its Retry-After', () => {
    const gate = new ThrottleGate(() => 0.5);
    expect(gate.throttled(1_000, 2_000)).toBe(2_000);
    expect(gate.pausedUntil).toBe(0);
  });

  it('pauses all sending after repeated 429s, at least for the Retry-After', () => {
    const gate = new ThrottleGate(() => 0);
    gate.throttled(1_000, 2_000);
    gate.throttled(1_000, 2_000);
    gate.throttled(1_000, 2_000);
    expect(gate.pausedUntil).toBe(3_000);
  });

  it('backs off longer the longer throttling lasts, when no Retry-After is given', () => {
    const gate = new ThrottleGate(() => 1);
    const delays = [1, 2, 3, 4].map(() => gate.throttled(0, undefined));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(gate.pausedUntil).toBe(8_000);
  });

  it('starts counting again after a success', () => {
    const gate = new ThrottleGate(() => 0);
    gate.throttled(0, 1_000);
    gate.throttled(0, 1_000);
    gate.succeeded();
    gate.throttled(0, 1_000);
    expect(gate.pausedUntil).toBe(0);
  });
});
