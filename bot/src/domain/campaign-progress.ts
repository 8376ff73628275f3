import type { CampaignProgress } from '@contract/campaigns';
import type { CampaignDoc, PersonDoc, ShareDoc } from './documents';
import { isInAudience } from './targeting';

/**
 * Where a campaign stands against its targets: its shares (each counted once per person, item and network),
 * the clicks they brought, and the share of the audience's ambassadors who shared at least once.
 */
export function campaignProgress(
  campaign: CampaignDoc,
  shares: readonly ShareDoc[],
  ambassadors: readonly PersonDoc[],
): CampaignProgress {
  const eligible = new Set(
    ambassadors.filter((person) => isInAudience(person, campaign)).map((person) => person.id),
  );
  const participants = new Set(shares.map((share) => share.personId).filter((id) => eligible.has(id)));
  return {
    shares: shares.length,
    clicks: shares.reduce((total, share) => total + share.clicks, 0),
    participants: participants.size,
    eligibleAmbassadors: eligible.size,
    participationRate: eligible.size === 0 ? 0 : participants.size / eligible.size,
  };
}
