import { describe, expect, it } from 'vitest';
import { countsTowardsCap, isoWeek, nudgeKindOf, ruleNudgeId, startOfIsoWeek } from './nudge-ids';

describe('nudge ids', () => {
  it('name their reason, so writing one twice is the same nudge', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(ruleNudgeId.launch('c1')).toBe('launch:c1');
    expect(ruleNudgeId.reEngagement(now)).toBe(ruleNudgeId.reEngagement(new Date('2026-11-25T23:59:00Z')));
    expect(ruleNudgeId.weeklyDigest(now)).toBe('digest:2026-W48');
  });

  it('tell a delivery’s kind; authored nudges have plain ids; digests do not count towards the cap', () => {
    expect(nudgeKindOf('reminder:c1')).toBe('reminder');
    expect(nudgeKindOf('3f1c2a9e-0000-4000-8000-000000000000')).toBe('custom');
    expect(countsTowardsCap('digest:2026-W48')).toBe(false);
    expect(countsTowardsCap('new-content:i1')).toBe(true);
  });

  it('ISO weeks: Monday to Sunday; the first week holds the year’s first Thursday', () => {
    expect(isoWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
    expect(startOfIsoWeek(new Date('2026-11-29T23:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
