import type { CampaignDecision, CampaignStatus } from '@contract/campaigns';
import type { ProblemCode, Refusal } from '@contract/problem-codes';
import { campaignStatus } from './campaign-status';
import type { ChallengeDoc, PointsEntryDoc } from './documents';

/** A challenge's status follows the same rule as a campaign's: a decision, then its dates. */
export function challengeStatus(challenge: Pick<ChallengeDoc, 'status' | 'startsAt' | 'endsAt'>, now: Date) {
  return campaignStatus(challenge, now);
}

export type ChallengeChange = { ok: true; status: CampaignDecision } | { ok: false; reason: Refusal };

/** Plan a draft whose end is ahead, take a planned challenge that has not started back to draft, archive. */
export function decideChallengeStatus(
  challenge: ChallengeDoc,
  to: CampaignDecision,
  now: Date,
): ChallengeChange {
  const current: CampaignStatus = challengeStatus(challenge, now);
  if (to === 'scheduled') {
    if (current !== 'draft')
      return refuse(
        'challenge.onlyDraftPlanned',
        current,
        `Only a draft can be planned; this challenge is ${current}.`,
      );
    if (Date.parse(challenge.endsAt) <= now.getTime())
      return refuse(
        'challenge.endPassed',
        current,
        'Its end date has passed: change the period before planning it.',
      );
  }
  if (to === 'draft' && current !== 'scheduled')
    return refuse(
      'challenge.onlyScheduledToDraft',
      current,
      `Only a planned challenge that has not started can go back to draft; this one is ${current}.`,
    );
  if (to === 'archived' && current === 'archived')
    return refuse('challenge.alreadyArchived', current, 'This challenge is already archived.');
  return { ok: true, status: to };
}

/** Planned challenges whose period includes the instant: those an event at that instant counts for. */
export function isRunningAt(challenge: ChallengeDoc, at: string): boolean {
  return (
    challenge.status === 'scheduled' &&
    Date.parse(challenge.startsAt) <= Date.parse(at) &&
    Date.parse(at) < Date.parse(challenge.endsAt)
  );
}

/** Whether someone with these groups and brand (when they acted) is in the challenge's audience. */
export function includes(challenge: ChallengeDoc, who: { groupIds: string[]; brandId?: string }): boolean {
  const { groupIds, brandIds } = challenge.audience;
  return (
    (groupIds.length === 0 || groupIds.some((id) => who.groupIds.includes(id))) &&
    (brandIds.length === 0 || (who.brandId !== undefined && brandIds.includes(who.brandId)))
  );
}

/** Whether a ledger entry moves a participant towards the challenge's goal. */
export function advancesGoal(challenge: ChallengeDoc, entry: PointsEntryDoc): boolean {
  const { kind, campaignId } = challenge.goal;
  switch (kind) {
    case 'shares':
      return entry.type === 'share' && (campaignId === undefined || entry.campaignId === campaignId);
    case 'clicks':
      return entry.type === 'click';
    case 'poll-votes':
      return entry.type === 'poll.vote';
    case 'proposals':
      return entry.type === 'proposal';
  }
}

/** The midpoint of the period: when the progress card goes out. */
export function midpoint(challenge: Pick<ChallengeDoc, 'startsAt' | 'endsAt'>): number {
  return (Date.parse(challenge.startsAt) + Date.parse(challenge.endsAt)) / 2;
}

function refuse(code: ProblemCode, status: CampaignStatus, detail: string): ChallengeChange {
  return { ok: false, reason: { code, params: { status }, detail } };
}
