import { enqueueMessage } from '../delivery/enqueue-message';
import type { CampaignDoc, NudgeDoc, ShareDoc } from '../domain/documents';
import { EXPIRY_NUDGE_LEAD_MS, isExpiryNudgeDue } from '../domain/linkedin/connection-expiry';
import { countsTowardsCap } from '../domain/nudges/nudge-ids';
import { dueRuleNudges } from '../domain/nudges/nudge-rules';
import type { NudgeRuleInput, NudgeRuleSettings, PlannedNudge } from '../domain/nudges/nudge-rules';
import { isCampaignOpen } from '../domain/targeting';
import { isStalled } from '../domain/learning/learning-stall';
import type { Repositories } from '../store/repositories';
import { ruleNudgeRecord, ruleNudgeRenderer } from './render-nudge';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const RULES_AUTHOR = 'system:nudge-rules';

/**
 * Applies the nudge rules to one tenant: reads what they look at, then for each nudge due, queues it for
 * the people newly chosen and records them on the nudge. Queued first: after a crash in between, the next
 * run chooses the same people again and the outbox, which already holds their deliveries, sends nothing twice.
 */
export async function applyNudgeRules(
  repositories: Repositories,
  tenantId: string,
  settings: NudgeRuleSettings,
  publicUrl: string,
  now: Date,
): Promise<PlannedNudge[]> {
  const plans = dueRuleNudges(await readRuleInput(repositories, tenantId, settings, now), settings, now);
  for (const plan of plans) {
    await enqueueMessage(
      repositories,
      {
        tenantId,
        messageId: plan.id,
        kind: 'nudge',
        recipients: plan.recipients,
        render: ruleNudgeRenderer(plan, publicUrl),
      },
      now,
    );
    await repositories.nudges.addRecipients(
      ruleNudgeDoc(tenantId, plan, now),
      plan.recipients.map((person) => person.id),
    );
    if (plan.kind === 'linkedin-expiry') {
      for (const person of plan.recipients) {
        await repositories.connections.updateLinkedIn(tenantId, person.id, (connection) => ({
          ...connection,
          expiryNudgedAt: now.toISOString(),
        }));
      }
    }
    if (plan.kind === 'learning-stalled') {
      for (const progress of await stalledOnboarding(repositories, tenantId, now)) {
        if (!plan.recipients.some((person) => person.id === progress.personId)) continue;
        await repositories.learningProgress.update(tenantId, progress.id, (current) => ({
          ...current,
          stallNudgedAt: now.toISOString(),
        }));
      }
    }
  }
  return plans;
}

async function readRuleInput(
  repositories: Repositories,
  tenantId: string,
  settings: NudgeRuleSettings,
  now: Date,
): Promise<NudgeRuleInput> {
  const lookBack = new Date(now.getTime() - Math.max(settings.reEngageEveryDays * DAY_MS, 2 * WEEK_MS));
  const [campaigns, ambassadors, ruleNudges, authoredNudges, queued, lapsing, stalled] = await Promise.all([
    repositories.campaigns.list(tenantId),
    repositories.people.ambassadors(tenantId),
    repositories.nudges.ruleNudgesSince(tenantId, lookBack),
    repositories.nudges.authoredSentSince(tenantId, new Date(now.getTime() - 2 * WEEK_MS)),
    repositories.outbox.queuedSince(tenantId, 'nudge', new Date(now.getTime() - WEEK_MS)),
    repositories.connections.linkedInLapsingBy(tenantId, new Date(now.getTime() + EXPIRY_NUDGE_LEAD_MS)),
    stalledOnboarding(repositories, tenantId, now),
  ]);
  const open = campaigns.filter((campaign) => isCampaignOpen(campaign, now));
  const items = (
    await Promise.all(open.map((campaign) => repositories.content.ofCampaign(tenantId, campaign.id)))
  )
    .flat()
    .filter((item) => item.status === 'published');
  // A share older than the inactivity period changes nothing: campaigns that ended before it are skipped.
  const activeSince = now.getTime() - settings.reEngageAfterDays * DAY_MS;
  const recent = campaigns.filter(
    (campaign) => campaign.status !== 'draft' && Date.parse(campaign.endsAt) >= activeSince,
  );
  const shares = (
    await Promise.all(recent.map((campaign) => repositories.shares.ofCampaign(tenantId, campaign.id)))
  ).flat();
  const receivedThisWeek = new Map<string, number>();
  for (const delivery of queued.filter((row) => countsTowardsCap(row.messageId))) {
    receivedThisWeek.set(delivery.personId, (receivedThisWeek.get(delivery.personId) ?? 0) + 1);
  }
  return {
    campaigns,
    items,
    ambassadors,
    ...shareFacts(shares),
    ruleNudges,
    authoredNudges,
    receivedThisWeek,
    linkedInLapsing: new Set(
      lapsing
        .filter((connection) => isExpiryNudgeDue(connection, now))
        .map((connection) => connection.personId),
    ),
    learningStalled: new Set(stalled.map((progress) => progress.personId)),
  };
}

/** Progress on the onboarding paths that has stalled, and whose learner was not told yet. */
async function stalledOnboarding(repositories: Repositories, tenantId: string, now: Date) {
  const onboarding = (await repositories.learningPaths.published(tenantId)).filter((path) => path.onboarding);
  const unfinished = await repositories.learningProgress.unfinishedOf(
    tenantId,
    onboarding.map((path) => path.id),
  );
  return unfinished.filter((progress) => isStalled(progress, now));
}

/** The campaigns each person shared, and when each last shared anything. */
function shareFacts(shares: readonly ShareDoc[]): Pick<NudgeRuleInput, 'sharedCampaigns' | 'lastActiveAt'> {
  const sharedCampaigns = new Map<string, Set<string>>();
  const lastActiveAt = new Map<string, string>();
  for (const share of shares) {
    const campaignIds = sharedCampaigns.get(share.personId) ?? new Set<string>();
    sharedCampaigns.set(share.personId, campaignIds.add(share.campaignId));
    for (const at of [share.firstSharedAt, ...share.confirmations.map((confirmation) => confirmation.at)]) {
      const last = lastActiveAt.get(share.personId);
      if (last === undefined || last < at) lastActiveAt.set(share.personId, at);
    }
  }
  return { sharedCampaigns, lastActiveAt };
}

function ruleNudgeDoc(tenantId: string, plan: PlannedNudge, now: Date): NudgeDoc {
  const at = now.toISOString();
  const campaign: CampaignDoc | undefined = 'campaign' in plan ? plan.campaign : undefined;
  return {
    id: plan.id,
    tenantId,
    kind: plan.kind,
    origin: 'rule',
    status: 'sent',
    ...ruleNudgeRecord(plan),
    audience: campaign?.audience ?? { groupIds: [], brandIds: [], languages: [] },
    sendAt: at,
    ...(plan.kind === 'new-content'
      ? { link: { type: 'item', id: plan.item.id } }
      : campaign
        ? { link: { type: 'campaign', id: campaign.id } }
        : {}),
    createdBy: RULES_AUTHOR,
    createdAt: at,
    sentAt: at,
  };
}
