import type { CampaignDecision, CampaignStatus } from '@contract/campaigns';
import type { CampaignDoc } from './documents';
import type { ProblemCode, Refusal } from '@contract/problem-codes';

type Dated = Pick<CampaignDoc, 'status' | 'startsAt' | 'endsAt'>;

/**
 * A campaign's status as everyone sees it: what a person decided (draft, archived), or for a planned
 * campaign, where today falls in its period. Nothing stores `live` or `ended`, so nothing goes stale.
 */
export function campaignStatus(campaign: Dated, now: Date): CampaignStatus {
  if (campaign.status === 'draft' || campaign.status === 'archived') return campaign.status;
  const at = now.getTime();
  if (at < Date.parse(campaign.startsAt)) return 'scheduled';
  return at < Date.parse(campaign.endsAt) ? 'live' : 'ended';
}

export type CampaignChange = { ok: true; status: CampaignDecision } | { ok: false; reason: Refusal };

/**
 * The decisions a person may take: plan a draft (it goes live at its start), take a campaign that has not
 * started back to draft, archive any campaign. Archiving is final.
 */
export function decideCampaignStatus(campaign: Dated, to: CampaignDecision, now: Date): CampaignChange {
  const current = campaignStatus(campaign, now);
  switch (to) {
    case 'scheduled':
      if (current !== 'draft')
        return refuse(
          'campaign.onlyDraftPlanned',
          current,
          `Only a draft can be planned; this campaign is ${current}.`,
        );
      if (Date.parse(campaign.endsAt) <= now.getTime())
        return refuse(
          'campaign.endPassed',
          current,
          'Its end date has passed: change the period before planning it.',
        );
      return { ok: true, status: 'scheduled' };
    case 'draft':
      if (current !== 'scheduled')
        return refuse(
          'campaign.onlyScheduledToDraft',
          current,
          `Only a planned campaign that has not started can go back to draft; this one is ${current}.`,
        );
      return { ok: true, status: 'draft' };
    case 'archived':
      if (current === 'archived')
        return refuse('campaign.alreadyArchived', current, 'This campaign is already archived.');
      return { ok: true, status: 'archived' };
  }
}

function refuse(code: ProblemCode, status: CampaignStatus, detail: string): CampaignChange {
  return { ok: false, reason: { code, params: { status }, detail } };
}
