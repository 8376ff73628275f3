import type { CampaignDoc, ContentItemDoc, NudgeDoc, PersonDoc } from '../documents';
import { isCampaignOpen, isInAudience } from '../targeting';
import { nudgeFrequencyOf } from './nudge-frequency';
import { ruleNudgeId, startOfIsoWeek } from './nudge-ids';
import type { NudgeRuleInput } from './nudge-rules';

const DAY_MS = 86_400_000;
/** Digests go out from 07:00 UTC (then each person's quiet hours apply): a morning read in Europe. */
export const DIGEST_HOUR_UTC = 7;
/** A digest card stays short. */
export const MAX_DIGEST_ENTRIES = 8;

export type DigestEntry =
  | { type: 'launch'; campaign: CampaignDoc }
  | { type: 'item'; item: ContentItemDoc }
  | { type: 'ending'; campaign: CampaignDoc }
  | { type: 'message'; nudge: NudgeDoc };

export interface DigestPlan {
  kind: 'digest';
  id: string;
  frequency: DigestFrequency;
  recipients: PersonDoc[];
  /** What each recipient's digest lists; nobody gets an empty digest. */
  entries: ReadonlyMap<string, DigestEntry[]>;
}

/** A digest's period: what happened in [from, to) is in it; it is due from `to` on. */
interface DigestPeriod {
  id: string;
  from: number;
  to: number;
}

type DigestFrequency = 'daily-digest' | 'weekly-digest';

/** The daily and weekly digests due now, each to the people who chose it and have something to read. */
export function digestPlans(
  input: NudgeRuleInput,
  chosen: ReadonlyMap<string, ReadonlySet<string>>,
  now: Date,
): DigestPlan[] {
  const plans: DigestPlan[] = [];
  for (const frequency of ['daily-digest', 'weekly-digest'] as const) {
    const period = duePeriod(frequency, now);
    const entries = new Map<string, DigestEntry[]>();
    for (const person of input.ambassadors) {
      if (nudgeFrequencyOf(person) !== frequency || chosen.get(period.id)?.has(person.id)) continue;
      const personEntries = digestEntries(person, input, period, now);
      if (personEntries.length > 0) entries.set(person.id, personEntries);
    }
    const recipients = input.ambassadors.filter((person) => entries.has(person.id));
    plans.push({ kind: 'digest', id: period.id, frequency, recipients, entries });
  }
  return plans;
}

/** Today's digest from 07:00 UTC (covering the day before), or this week's from Monday 07:00 UTC. */
function duePeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daily = frequency === 'daily-digest';
  const start = daily ? dayStart : startOfIsoWeek(now).getTime();
  let to = start + DIGEST_HOUR_UTC * 3_600_000;
  // Before this period's hour, the previous period's digest is still the one due.
  if (now.getTime() < to) to -= (daily ? 1 : 7) * DAY_MS;
  const from = to - (daily ? 1 : 7) * DAY_MS;
  const id = daily ? ruleNudgeId.dailyDigest(new Date(to)) : ruleNudgeId.weeklyDigest(new Date(to));
  return { id, from, to };
}

/**
 * What a person's digest lists: campaigns of theirs launched and content published in the period, a
 * manager's nudges meant for them, and campaigns with content, ending before the next digest, that they have
 * not shared.
 */
function digestEntries(
  person: PersonDoc,
  input: NudgeRuleInput,
  period: DigestPeriod,
  now: Date,
): DigestEntry[] {
  const within = (instant: string | undefined) =>
    instant !== undefined && Date.parse(instant) >= period.from && Date.parse(instant) < period.to;
  const mine = input.campaigns.filter(
    (campaign) => isCampaignOpen(campaign, now) && isInAudience(person, campaign),
  );
  const mineIds = new Set(mine.map((campaign) => campaign.id));
  const nextDigest = period.to + (period.to - period.from);
  const shared = input.sharedCampaigns.get(person.id);
  const entries: DigestEntry[] = [
    ...mine
      .filter(
        (campaign) =>
          Date.parse(campaign.endsAt) < nextDigest &&
          !shared?.has(campaign.id) &&
          input.items.some((item) => item.campaignId === campaign.id),
      )
      .map((campaign) => ({ type: 'ending' as const, campaign })),
    ...input.authoredNudges
      .filter((nudge) => within(nudge.sentAt) && isInAudience(person, nudge))
      .map((nudge) => ({ type: 'message' as const, nudge })),
    ...mine
      .filter((campaign) => within(campaign.startsAt))
      .map((campaign) => ({ type: 'launch' as const, campaign })),
    ...input.items
      .filter((item) => mineIds.has(item.campaignId) && within(item.publishedAt))
      .map((item) => ({ type: 'item' as const, item })),
  ];
  return entries.slice(0, MAX_DIGEST_ENTRIES);
}
