import type { CampaignProgress } from '@contract/campaigns';
import type { TargetsVsActual } from '@contract/insights';
import type { CampaignDoc } from './documents';
import type { CampaignCountersDoc } from './insights/counter-documents';
import { count } from './insights/counters';
import type { Counts } from './insights/counters';
import type { Ambassador } from './insights/roster';
import { isInAudience } from './targeting';

/**
 * Where a campaign stands against its targets, from its Insights counters: its shares (each counted once per
 * person, item and network), the clicks they brought, and the share of the audience's ambassadors who shared
 * at least once.
 */
export function campaignProgress(
  campaign: CampaignDoc,
  totals: Counts | undefined,
  sharers: ReadonlySet<string>,
  ambassadors: readonly Ambassador[],
): CampaignProgress {
  const eligible = ambassadors.filter((person) => isInAudience(person, campaign));
  const participants = eligible.filter((person) => sharers.has(person.id)).length;
  return {
    shares: count(totals, 'shares'),
    clicks: count(totals, 'clicks'),
    participants,
    eligibleAmbassadors: eligible.length,
    participationRate: eligible.length === 0 ? 0 : participants / eligible.length,
  };
}

/** The people who shared a campaign's content at least once, from its counters. */
export function sharersOf(counters: CampaignCountersDoc | undefined): Set<string> {
  return new Set(
    Object.entries(counters?.people ?? {})
      .filter(([, counts]) => count(counts, 'shares') > 0)
      .map(([personId]) => personId),
  );
}

export function targetsVsActual(campaign: CampaignDoc, progress: CampaignProgress): TargetsVsActual {
  return {
    shares: { target: campaign.targets.shares, actual: progress.shares },
    clicks: { target: campaign.targets.clicks, actual: progress.clicks },
    participationRate: { target: campaign.targets.participationRate, actual: progress.participationRate },
  };
}
