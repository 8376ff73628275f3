import { randomUUID } from 'node:crypto';
import type {
  FollowUp,
  FollowUpInput,
  FollowUpResult,
  SupervisedShare,
  SupervisedShareList,
} from '@contract/compliance';
import { checkShareText, guardrailMessage, linkLengthOn } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { networkNames } from '@contract/network';
import type { ArchiveRecordDoc } from '../domain/archive/archive-record';
import { guardrailsFor } from '../domain/content-policy';
import type { AuditRecordDoc, CampaignDoc, Localized, SuggestedText } from '../domain/documents';
import { enqueueMessage } from '../delivery/enqueue-message';
import type { Repositories } from '../store/repositories';
import { longDay } from './long-day';
import type { ShareFilters } from '../store/archive-repository';
import { closestText } from '../domain/archive/closest-text';

/** Follow-ups are audit records about the archived share: every supervision act is in the log by construction. */
export const FOLLOW_UP_ACTION = 'share.followed-up';
const ARCHIVE_ENTITY = 'archive-record';

/**
 * What ambassadors shared, as the archive holds it, newest first: each share beside the approved text it came
 * from (the last approval of its item archived before it), what today's guardrails find in it, and the
 * reviewers' follow-ups.
 */
export async function supervisedShares(
  repositories: Pick<Repositories, 'archive' | 'audit' | 'organisations' | 'campaigns'>,
  tenantId: string,
  filters: ShareFilters,
  page: { limit: number; continuationToken?: string },
  locale: Locale,
): Promise<SupervisedShareList> {
  const { items, continuationToken } = await repositories.archive.shares(
    tenantId,
    filters,
    page.limit,
    page.continuationToken,
  );
  const itemIds = [...new Set(items.flatMap((record) => (record.itemId ? [record.itemId] : [])))];
  const campaignIds = [...new Set(items.map((record) => record.details['campaignId']))].filter(
    (id): id is string => typeof id === 'string',
  );
  const [approvals, followUps, organisation, campaigns] = await Promise.all([
    repositories.archive.approvalsOf(tenantId, itemIds),
    repositories.audit.aboutEntities(
      tenantId,
      ARCHIVE_ENTITY,
      items.map((record) => record.id),
    ),
    repositories.organisations.find(tenantId),
    Promise.all(campaignIds.map((id) => repositories.campaigns.get(tenantId, id))),
  ]);
  return {
    items: items.map((record) => {
      const network = record.network as Network;
      const language = (record.details['language'] as Locale | undefined) ?? 'fr';
      const approval = lastApprovalBefore(approvals, record);
      const rules = guardrailsFor(organisation?.contentPolicy, network, language);
      const checked = checkShareText(record.text, rules, linkLengthOn(network));
      const suggestedText = closestText(
        approvedTexts(approval)
          .filter((text) => text.network === network && text.language === language)
          .map((text) => text.text),
        record.text,
      );
      const itemTitle = approval?.details['title'] as Localized | undefined;
      const share: SupervisedShare = {
        recordId: record.id,
        at: record.at,
        person: { id: record.personId, name: record.personName },
        network,
        language,
        text: record.text,
        ...(suggestedText !== undefined ? { suggestedText } : {}),
        ...(record.itemId ? { itemId: record.itemId } : {}),
        ...(itemTitle ? { itemTitle } : {}),
        ...campaignOf(campaigns, record.details['campaignId']),
        ...(typeof record.details['trackedUrl'] === 'string'
          ? { trackedUrl: record.details['trackedUrl'] }
          : {}),
        findings: checked.issues.map((issue) => guardrailMessage(issue, locale)),
        followUps: followUps.filter((audit) => audit.entity.id === record.id).map(toFollowUp),
      };
      return share;
    }),
    ...(continuationToken ? { continuationToken } : {}),
  };
}

function campaignOf(
  campaigns: readonly (CampaignDoc | undefined)[],
  campaignId: unknown,
): Pick<SupervisedShare, 'campaign'> {
  const campaign = campaigns.find((candidate) => candidate?.id === campaignId);
  return campaign ? { campaign: { id: campaign.id, name: campaign.name } } : {};
}

function lastApprovalBefore(
  approvals: readonly ArchiveRecordDoc[],
  share: ArchiveRecordDoc,
): ArchiveRecordDoc | undefined {
  return approvals.filter((approval) => approval.itemId === share.itemId && approval.seq < share.seq).at(-1);
}

function approvedTexts(approval: ArchiveRecordDoc | undefined): SuggestedText[] {
  const texts = approval?.details['texts'];
  return Array.isArray(texts) ? (texts as SuggestedText[]) : [];
}

function toFollowUp(audit: AuditRecordDoc): FollowUp {
  const after = (audit.after ?? {}) as { note?: string; message?: string };
  return {
    at: audit.at,
    by: { id: audit.actor.id, name: audit.actor.name },
    note: after.note ?? '',
    ...(after.message ? { message: after.message } : {}),
  };
}

/** How the bot introduces a reviewer's advice: a word from the programme, about one share, never a reprimand. */
const adviceIntro: Record<Locale, (network: string, day: string) => string> = {
  fr: (network, day) =>
    `Un conseil de l’équipe du programme, à propos de votre partage sur ${network} du ${day} :`,
  en: (network, day) => `A tip from the programme team about what you shared on ${network} on ${day}:`,
};

/**
 * A reviewer marks a share for follow-up with a private note, and may send the ambassador a kind word from the
 * bot. The follow-up is an audit record; the advice goes out like every proactive message (and is archived).
 */
export async function followUpShare(
  repositories: Pick<Repositories, 'audit' | 'people' | 'conversations' | 'outbox' | 'archive'>,
  record: ArchiveRecordDoc,
  reviewer: { tenantId: string; id: string; name: string; roles: string[] },
  input: FollowUpInput,
  now: Date,
): Promise<FollowUpResult> {
  let messageQueued = false;
  if (input.message) {
    const person = await repositories.people.get(record.tenantId, record.personId);
    if (person) {
      const network = record.network ? networkNames[record.network] : '';
      const outcome = await enqueueMessage(
        repositories,
        {
          tenantId: record.tenantId,
          messageId: `advice-${randomUUID()}`,
          kind: 'advice',
          recipients: [person],
          render: (recipient) => {
            const day = longDay(record.at, recipient.locale, recipient.timeZone);
            return { text: `${adviceIntro[recipient.locale](network, day)}\n\n${input.message}` };
          },
        },
        now,
      );
      messageQueued = outcome.queued > 0;
    }
  }
  const followUp: FollowUp = {
    at: now.toISOString(),
    by: { id: reviewer.id, name: reviewer.name },
    note: input.note,
    ...(input.message ? { message: input.message } : {}),
  };
  await repositories.audit.append({
    tenantId: record.tenantId,
    at: followUp.at,
    actor: { id: reviewer.id, name: reviewer.name, roles: reviewer.roles },
    action: FOLLOW_UP_ACTION,
    entity: { type: ARCHIVE_ENTITY, id: record.id },
    after: { note: input.note, ...(input.message ? { message: input.message, messageQueued } : {}) },
  });
  return { followUp, messageQueued };
}
