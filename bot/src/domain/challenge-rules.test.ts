import { describe, expect, it } from 'vitest';
import type { ChallengeDoc, PointsEntryDoc } from './documents';
import {
  advancesGoal,
  challengeStatus,
  decideChallengeStatus,
  includes,
  isRunningAt,
} from './challenge-rules';

const challenge = (overrides: Partial<ChallengeDoc> = {}): ChallengeDoc => ({
  id: 'c1',
  tenantId: 't',
  name: { fr: 'Défi', en: 'Challenge' },
  description: { fr: '', en: '' },
  startsAt: '2026-11-10T00:00:00Z',
  endsAt: '2026-11-24T00:00:00Z',
  audience: { groupIds: ['pilot'], brandIds: [], languages: [] },
  goal: { kind: 'shares', target: 3, campaignId: 'campaign-1' },
  status: 'scheduled',
  createdBy: 'm',
  createdAt: '2026-11-01T00:00:00Z',
  ...overrides,
});
const entry = (overrides: Partial<PointsEntryDoc>): PointsEntryDoc => ({
  id: 'e',
  tenantId: 't',
  personId: 'p',
  groupIds: ['pilot'],
  type: 'share',
  points: 10,
  at: '2026-11-12T00:00:00Z',
  batchId: 'b',
  ...overrides,
});

describe('challenges', () => {
  it('follow their dates once planned, like campaigns', () => {
    expect(challengeStatus(challenge(), new Date('2026-11-05T00:00:00Z'))).toBe('scheduled');
    expect(challengeStatus(challenge(), new Date('2026-11-12T00:00:00Z'))).toBe('live');
    expect(challengeStatus(challenge(), new Date('2026-11-25T00:00:00Z'))).toBe('ended');
    expect(challengeStatus(challenge({ status: 'draft' }), new Date('2026-11-12T00:00:00Z'))).toBe('draft');
  });

  it('refuse decisions their status does not allow, saying why', () => {
    const now = new Date('2026-11-12T00:00:00Z');
    expect(decideChallengeStatus(challenge({ status: 'draft' }), 'scheduled', now)).toEqual({
      ok: true,
      status: 'scheduled',
    });
    expect(decideChallengeStatus(challenge(), 'draft', now)).toEqual({
      ok: false,
      reason: {
        code: 'challenge.onlyScheduledToDraft',
        params: { status: 'live' },
        detail: 'Only a planned challenge that has not started can go back to draft; this one is live.',
      },
    });
    const past = challenge({ status: 'draft', endsAt: '2026-11-11T00:00:00Z' });
    expect(decideChallengeStatus(past, 'scheduled', now).ok).toBe(false);
    expect(decideChallengeStatus(challenge({ status: 'archived' }), 'archived', now).ok).toBe(false);
  });

  it('count events inside their period from people of their audience', () => {
    expect(isRunningAt(challenge(), '2026-11-12T00:00:00Z')).toBe(true);
    expect(isRunningAt(challenge(), '2026-11-24T00:00:00Z')).toBe(false);
    expect(isRunningAt(challenge({ status: 'draft' }), '2026-11-12T00:00:00Z')).toBe(false);
    expect(includes(challenge(), { groupIds: ['pilot', 'douai'] })).toBe(true);
    expect(includes(challenge(), { groupIds: ['douai'] })).toBe(false);
    expect(
      includes(challenge({ audience: { groupIds: [], brandIds: ['b1'], languages: [] } }), { groupIds: [] }),
    ).toBe(false);
  });

  it('advance their goal only with the kind of contribution it asks for', () => {
    expect(advancesGoal(challenge(), entry({ campaignId: 'campaign-1' }))).toBe(true);
    expect(advancesGoal(challenge(), entry({ campaignId: 'campaign-2' }))).toBe(false);
    expect(advancesGoal(challenge(), entry({ type: 'click' }))).toBe(false);
    const clicks = challenge({ goal: { kind: 'clicks', target: 10 } });
    expect(advancesGoal(clicks, entry({ type: 'click' }))).toBe(true);
    expect(
      advancesGoal(challenge({ goal: { kind: 'poll-votes', target: 1 } }), entry({ type: 'poll.vote' })),
    ).toBe(true);
  });
});
