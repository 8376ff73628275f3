import type { CampaignDoc, ContentItemDoc, NudgeDoc, PersonDoc } from '../documents';
import { isCampaignOpen, isInAudience } from '../targeting';
import { digestPlans } from './digest';
import type { DigestPlan } from './digest';
import { nudgeFrequencyOf, wantsEachNudge } from './nudge-frequency';
import { ruleNudgeId } from './nudge-ids';
import { WeeklyCap } from './weekly-cap';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A campaign's launch is news for a day; so is a new item. */
export const LAUNCH_WINDOW_MS = DAY_MS;
export const NEW_CONTENT_WINDOW_MS = DAY_MS;
/** Ambassadors who have not shared yet hear about a campaign this long before it ends. */
export const REMINDER_LEAD_MS = 2 * DAY_MS;

export interface NudgeRuleSettings {
  /** Nudges per person over any seven days, a manager's included; digests aside. */
  weeklyCap: number;
  /** N: an ambassador with no activity for this many days is re-engaged... */
  reEngageAfterDays: number;
  /** M: ...at most once per this many days. */
  reEngageEveryDays: number;
}

/** What the rules look at, read by the nudge job for one tenant. */
export interface NudgeRuleInput {
  campaigns: readonly CampaignDoc[];
  /** Published content of the tenant's open campaigns. */
  items: readonly ContentItemDoc[];
  ambassadors: readonly PersonDoc[];
  /** The campaigns each person shared content of. */
  sharedCampaigns: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each person's latest activity (a share, a vote, a proposal), when there was any. */
  lastActiveAt: ReadonlyMap<string, string>;
  /** Rule nudges written over at least the re-engagement period: whom each already chose. */
  ruleNudges: readonly Pick<NudgeDoc, 'id' | 'kind' | 'createdAt' | 'recipientIds'>[];
  /** A manager's nudges sent over the last week: digests mention them. */
  authoredNudges: readonly NudgeDoc[];
  /** Nudges each person received over the last seven days that count towards the cap. */
  receivedThisWeek: ReadonlyMap<string, number>;
  /** People whose LinkedIn connection lapses within the week and who have not been told (`isExpiryNudgeDue`). */
  linkedInLapsing: ReadonlySet<string>;
  /** People stalled on an onboarding path and not told yet (`isStalled`). */
  learningStalled: ReadonlySet<string>;
}

/** One rule nudge to write and send now, to people it never chose before for the same reason. */
export type PlannedNudge =
  | { kind: 'launch'; id: string; campaign: CampaignDoc; recipients: PersonDoc[] }
  | { kind: 'new-content'; id: string; campaign: CampaignDoc; item: ContentItemDoc; recipients: PersonDoc[] }
  | { kind: 'reminder'; id: string; campaign: CampaignDoc; recipients: PersonDoc[] }
  | { kind: 're-engagement'; id: string; recipients: PersonDoc[] }
  | { kind: 'linkedin-expiry'; id: string; recipients: PersonDoc[] }
  | { kind: 'learning-stalled'; id: string; recipients: PersonDoc[] }
  | DigestPlan;

/**
 * Who is due which rule nudge now. People who want each nudge get launches, new content, reminders and
 * re-engagement, up to the weekly cap (time-critical reminders first); people who chose a digest get only
 * their digest. Quiet hours are applied later, when the nudge is queued (`enqueueMessage`).
 */
export function dueRuleNudges(input: NudgeRuleInput, settings: NudgeRuleSettings, now: Date): PlannedNudge[] {
  const chosen = chosenRecipients(input.ruleNudges);
  const cap = new WeeklyCap(settings.weeklyCap, input.receivedThisWeek);
  const pick = (id: string, candidates: readonly PersonDoc[]) =>
    candidates.filter((person) => {
      if (chosen.get(id)?.has(person.id) || !cap.allows(person.id)) return false;
      cap.take(person.id);
      return true;
    });
  const eachNudge = input.ambassadors.filter(wantsEachNudge);
  const audienceOf = (campaign: CampaignDoc) => eachNudge.filter((person) => isInAudience(person, campaign));
  const open = input.campaigns.filter((campaign) => isCampaignOpen(campaign, now));
  const at = now.getTime();
  const plans: PlannedNudge[] = [];

  for (const campaign of open.filter((c) => Date.parse(c.endsAt) - at <= REMINDER_LEAD_MS)) {
    if (!input.items.some((item) => item.campaignId === campaign.id)) continue;
    const id = ruleNudgeId.reminder(campaign.id);
    const notShared = audienceOf(campaign).filter(
      (person) => !input.sharedCampaigns.get(person.id)?.has(campaign.id),
    );
    plans.push({ kind: 'reminder', id, campaign, recipients: pick(id, notShared) });
  }
  for (const campaign of open.filter((c) => at - Date.parse(c.startsAt) < LAUNCH_WINDOW_MS)) {
    const id = ruleNudgeId.launch(campaign.id);
    plans.push({ kind: 'launch', id, campaign, recipients: pick(id, audienceOf(campaign)) });
  }
  for (const item of input.items) {
    const campaign = open.find((candidate) => candidate.id === item.campaignId);
    // Content out by the campaign's start is the launch's news, not news of its own.
    if (!campaign || !item.publishedAt || item.publishedAt <= campaign.startsAt) continue;
    if (at - Date.parse(item.publishedAt) >= NEW_CONTENT_WINDOW_MS) continue;
    const id = ruleNudgeId.newContent(item.id);
    plans.push({ kind: 'new-content', id, campaign, item, recipients: pick(id, audienceOf(campaign)) });
  }
  const reEngagementId = ruleNudgeId.reEngagement(now);
  const reEngaged = lastReEngagedAt(input.ruleNudges);
  const inactive = eachNudge.filter((person) => {
    const quietSince = at - settings.reEngageAfterDays * DAY_MS;
    const lastActive = input.lastActiveAt.get(person.id) ?? person.enrolment.since ?? person.createdAt;
    const last = reEngaged.get(person.id);
    return (
      Date.parse(lastActive) <= quietSince &&
      (last === undefined || at - Date.parse(last) >= settings.reEngageEveryDays * DAY_MS)
    );
  });
  plans.push({ kind: 're-engagement', id: reEngagementId, recipients: pick(reEngagementId, inactive) });

  // An invitation like any other (frequency and cap apply); whoever the cap holds back is told another day.
  const stalledId = ruleNudgeId.learningStalled(now);
  const stalled = eachNudge.filter((person) => input.learningStalled.has(person.id));
  plans.push({ kind: 'learning-stalled', id: stalledId, recipients: pick(stalledId, stalled) });

  // Whatever their nudge frequency, and beyond the cap: it is about their own account, once per connection.
  const linkedInExpiryId = ruleNudgeId.linkedInExpiry(now);
  plans.push({
    kind: 'linkedin-expiry',
    id: linkedInExpiryId,
    recipients: input.ambassadors.filter(
      (person) =>
        input.linkedInLapsing.has(person.id) &&
        nudgeFrequencyOf(person) !== 'never' &&
        !chosen.get(linkedInExpiryId)?.has(person.id),
    ),
  });

  plans.push(...digestPlans(input, chosen, now));
  return plans.filter((plan) => plan.recipients.length > 0);
}

function chosenRecipients(nudges: NudgeRuleInput['ruleNudges']): Map<string, Set<string>> {
  return new Map(nudges.map((nudge) => [nudge.id, new Set(nudge.recipientIds ?? [])]));
}

/** When each person was last chosen for re-engagement, from the (daily) re-engagement nudges. */
function lastReEngagedAt(nudges: NudgeRuleInput['ruleNudges']): Map<string, string> {
  const last = new Map<string, string>();
  for (const nudge of nudges) {
    if (nudge.kind !== 're-engagement') continue;
    for (const personId of nudge.recipientIds ?? []) {
      const previous = last.get(personId);
      if (previous === undefined || previous < nudge.createdAt) last.set(personId, nudge.createdAt);
    }
  }
  return last;
}
