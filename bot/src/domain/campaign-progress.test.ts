import { describe, expect, it } from 'vitest';
import { campaignProgress, sharersOf, targetsVsActual } from './campaign-progress';
import type { CampaignDoc, PersonDoc } from './documents';
import type { CampaignCountersDoc } from './insights/counter-documents';

const campaign = {
  audience: { groupIds: ['douai'], brandIds: [], languages: [] },
  targets: { shares: 10, clicks: 100, participationRate: 0.5 },
} as unknown as CampaignDoc;
const ambassador = (id: string, groupIds: string[]) =>
  ({
    id,
    groupIds,
    locale: 'fr',
    enrolment: { status: 'ambassador', languages: ['fr'] },
  }) as unknown as PersonDoc;
const counters = {
  totals: { shares: 5, clicks: 13, reach: 900 },
  people: {
    a: { shares: 2, clicks: 5 },
    b: { shares: 1 },
    c: { clicks: 2 },
    outsider: { shares: 1, clicks: 7 },
    'former-123': { shares: 1, clicks: 1 },
  },
} as unknown as CampaignCountersDoc;

describe('campaignProgress', () => {
  it('reads shares and clicks from the counters, and counts the audience’s ambassadors who shared', () => {
    const progress = campaignProgress(campaign, counters.totals, sharersOf(counters), [
      ambassador('a', ['douai']),
      ambassador('b', ['douai']),
      ambassador('c', ['douai']),
      ambassador('d', ['douai']),
      ambassador('outsider', ['hq']),
    ]);
    expect(progress).toEqual({
      shares: 5,
      clicks: 13,
      participants: 2,
      eligibleAmbassadors: 4,
      participationRate: 2 / 4,
    });
    expect(targetsVsActual(campaign, progress)).toEqual({
      shares: { target: 10, actual: 5 },
      clicks: { target: 100, actual: 13 },
      participationRate: { target: 0.5, actual: 0.5 },
    });
  });

  it('is zero everywhere for a campaign nobody can see yet', () => {
    expect(campaignProgress(campaign, undefined, sharersOf(undefined), [])).toEqual({
      shares: 0,
      clicks: 0,
      participants: 0,
      eligibleAmbassadors: 0,
      participationRate: 0,
    });
  });
});
