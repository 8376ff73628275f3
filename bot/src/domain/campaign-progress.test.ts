import { describe, expect, it } from 'vitest';
import { campaignProgress } from './campaign-progress';
import type { CampaignDoc, PersonDoc, ShareDoc } from './documents';

const campaign = {
  audience: { groupIds: ['douai'], brandIds: [], languages: [] },
} as unknown as CampaignDoc;
const ambassador = (id: string, groupIds: string[]) =>
  ({
    id,
    groupIds,
    locale: 'fr',
    enrolment: { status: 'ambassador', languages: ['fr'] },
  }) as unknown as PersonDoc;
const share = (personId: string, clicks: number) => ({ personId, clicks }) as ShareDoc;

describe('campaignProgress', () => {
  it('sums shares and clicks, and counts the audience’s ambassadors who shared', () => {
    const progress = campaignProgress(
      campaign,
      [share('a', 3), share('a', 2), share('b', 0), share('outsider', 7), share('former-123', 1)],
      [
        ambassador('a', ['douai']),
        ambassador('b', ['douai']),
        ambassador('c', ['douai']),
        ambassador('outsider', ['hq']),
      ],
    );
    expect(progress).toEqual({
      shares: 5,
      clicks: 13,
      participants: 2,
      eligibleAmbassadors: 3,
      participationRate: 2 / 3,
    });
  });

  it('is zero everywhere for a campaign nobody can see yet', () => {
    expect(campaignProgress(campaign, [], [])).toEqual({
      shares: 0,
      clicks: 0,
      participants: 0,
      eligibleAmbassadors: 0,
      participationRate: 0,
    });
  });
});
