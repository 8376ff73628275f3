import { describe, expect, it } from 'vitest';
import { startProgress } from './learning-progress';
import { isStalled } from './learning-stall';

const now = new Date('2026-12-10T09:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const given = (days: number) => startProgress({ id: 'path', tenantId: 't' }, 'person', daysAgo(days));

describe('isStalled', () => {
  it('is a week since the path was given without a module completed', () => {
    expect(isStalled(given(6), now)).toBe(false);
    expect(isStalled(given(7), now)).toBe(true);
  });

  it('counts from the latest module completed', () => {
    const moving = { ...given(20), completed: [{ moduleId: 'm1', at: daysAgo(3) }] };
    expect(isStalled(moving, now)).toBe(false);
    const stopped = { ...given(20), completed: [{ moduleId: 'm1', at: daysAgo(8) }] };
    expect(isStalled(stopped, now)).toBe(true);
  });

  it('never for a finished path, nor for someone already told', () => {
    expect(isStalled({ ...given(20), completedAt: daysAgo(10) }, now)).toBe(false);
    expect(isStalled({ ...given(20), stallNudgedAt: daysAgo(1) }, now)).toBe(false);
  });
});
