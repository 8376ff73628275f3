import {
  reviewCommentSchema,
  reviewDecisionSchema,
  studioItemListSchema,
  studioItemSchema,
} from '@contract/content';
import type { StudioItem, StudioItemList } from '@contract/content';
import { slotKey, withPositions } from '@contract/text-slot';
import { pageQuerySchema } from '@contract/people';
import { isDueForPublication, published, withEvent } from '../../domain/content-item';
import { checkTexts, fourEyesApplies } from '../../domain/content-policy';
import type { ContentItemDoc, SuggestedText } from '../../domain/documents';
import { correctTexts } from '../../domain/review-corrections';
import type { CorrectedText } from '../../domain/review-corrections';
import { approvalEntry } from '../../domain/archive/archive-entries';
import { ApiError } from '../api-error';
import type { FieldError } from '../api-error';
import { handler, idParams } from '../api-route';
import type { ApiServices } from '../api-route';
import type { ActionKind } from '../../domain/action-notices';
import { recordAudit } from '../../compliance/record-audit';
import {
  allowed,
  change,
  entity,
  personRef,
  refuseFailures,
  requireItem,
  studioItemView,
  studioPage,
} from './studio-content';
import { contentPolicyOf } from '../../sharing/share-rules';

/** Submitted content (managers' items and ambassadors' proposals), the longest-waiting first. */
export const reviewQueue = handler({
  answer: studioItemListSchema,
  query: pageQuerySchema,
  async handle({ principal, services, query }): Promise<StudioItemList> {
    return studioPage(
      services.repositories,
      principal.tenantId,
      { status: 'submitted', oldestFirst: true },
      { limit: query.limit, continuationToken: query.continuationToken },
    );
  },
});

/** How each decision reads in the item's history. */
const decisionEvents = {
  approve: 'approved',
  'request-changes': 'changes-requested',
  reject: 'rejected',
} as const;

/**
 * Approve, request changes or reject, with a comment the author reads. Approval is refused to whoever wrote
 * or submitted the item (four eyes, unless switched off) and re-checks the texts against the guardrails in
 * force; approved content is published at once unless its publication time is still to come.
 */
export const decideReview = handler({
  answer: studioItemSchema,
  params: idParams('itemId'),
  body: reviewDecisionSchema,
  async handle({ principal, services, params, body, currentPerson }): Promise<StudioItem> {
    const { repositories } = services;
    const action = body.decision;
    const existing = await requireItem(repositories, principal.tenantId, params.itemId);
    allowed(existing, action);
    const policy = await contentPolicyOf(repositories, principal.tenantId);
    if (action === 'approve' && fourEyesApplies(existing, principal.objectId, policy)) {
      throw ApiError.forbidden(
        'content.ownReview',
        'You wrote or submitted this content: another reviewer must approve it (four-eyes rule).',
      );
    }
    const corrected = body.texts ? correctionsOf(existing.texts, body.texts) : undefined;
    const checked = action === 'approve' ? checkTexts(corrected?.texts ?? existing.texts, policy) : undefined;
    if (checked) {
      // A text the reviewer sent is theirs to change (400, named as they sent it); any other went stale (409).
      const checkedSlots = withPositions(checked.texts).map(slotKey);
      const sentAt = (index: number) =>
        body.texts?.findIndex((text) => slotKey(text) === checkedSlots[index]) ?? -1;
      const byReviewer = checked.failures.some((failure) => sentAt(failure.index) >= 0);
      refuseFailures(
        checked,
        (index) => (sentAt(index) >= 0 ? `body.texts.${sentAt(index)}.text` : `texts.${index}.text`),
        byReviewer ? 400 : 409,
        byReviewer ? 'review.correctionRefused' : 'review.textsNoLongerPass',
        byReviewer
          ? 'Change your correction: it does not pass the guardrails.'
          : 'The texts no longer pass the guardrails in force: request changes instead.',
      );
    }
    const by = personRef(await currentPerson());
    const now = new Date();
    const at = now.toISOString();
    const comment = body.comment ? { comment: body.comment } : {};
    const { before, after } = await change(repositories, existing, (current) => {
      const status = allowed(current, action);
      const withCorrections = corrected?.corrections.length
        ? withEvent(current, { at, by, action: 'corrected', corrections: corrected.corrections })
        : current;
      const decided = withEvent(
        { ...withCorrections, status, ...(checked ? { texts: checked.texts } : {}), updatedAt: at },
        { at, by, action: decisionEvents[action], ...comment },
      );
      return status === 'approved' && isDueForPublication(decided, now)
        ? published(decided, now, by)
        : decided;
    });
    if (corrected?.corrections.length) {
      await recordAudit(repositories, principal, 'content.corrected', entity(after), {
        before: { texts: before.texts },
        after: { texts: corrected.texts },
      });
    }
    if (statusesReached(before, after).includes('approved')) {
      await repositories.archive.append(
        principal.tenantId,
        approvalEntry({ item: after, reviewer: { id: by.id, name: by.displayName }, at }),
      );
    }
    for (const status of statusesReached(before, after)) {
      await recordAudit(repositories, principal, `content.${status}`, entity(after), {
        before: { status: before.status },
        after: { status, ...(body.comment ? { comment: body.comment } : {}) },
      });
    }
    await announceDecision(services, after);
    return studioItemView(repositories, principal, after);
  },
});

/** Tells an ambassador their proposal was approved or sent back for changes: both ask something of them. */
async function announceDecision(services: ApiServices, item: ContentItemDoc): Promise<void> {
  const kind = proposalNoticeOf[item.status];
  if (!kind || !item.proposedBy || !services.actionNotices) return;
  const author = await services.repositories.people.get(item.tenantId, item.proposedBy.id);
  if (!author) return;
  await services.actionNotices.announce({
    kind,
    tenantId: item.tenantId,
    recipients: [author],
    subject: item.title,
  });
}

const proposalNoticeOf: Partial<Record<ContentItemDoc['status'], ActionKind>> = {
  approved: 'proposalApproved',
  published: 'proposalApproved',
  'changes-requested': 'proposalSentBack',
};

/** A reviewer's remark; the author reads it with the decisions. */
export const commentReview = handler({
  answer: studioItemSchema,
  params: idParams('itemId'),
  body: reviewCommentSchema,
  async handle({ principal, services, params, body, currentPerson }): Promise<StudioItem> {
    const { repositories } = services;
    const existing = await requireItem(repositories, principal.tenantId, params.itemId);
    const by = personRef(await currentPerson());
    const { after } = await change(repositories, existing, (current) =>
      withEvent(current, { at: new Date().toISOString(), by, action: 'commented', comment: body.comment }),
    );
    await recordAudit(repositories, principal, 'content.commented', entity(after), {
      after: { comment: body.comment },
    });
    return studioItemView(repositories, principal, after);
  },
});

/** The texts as the reviewer corrected them; a text the item does not have, or sent twice, is refused by name. */
function correctionsOf(texts: readonly SuggestedText[], sent: readonly CorrectedText[]) {
  const outcome = correctTexts(texts, sent);
  if (!outcome.ok) throw ApiError.invalid([refusedCorrection[outcome.reason](`body.texts.${outcome.index}`)]);
  return outcome;
}

const refusedCorrection = {
  unknown: (field: string) => ({
    field,
    code: 'field.unknownText',
    message: 'the content has no text for this network and language',
  }),
  position: (field: string) => ({
    field: `${field}.position`,
    code: 'field.noTextAtPosition',
    message: 'is past the texts the content has for this network and language',
  }),
  twice: (field: string) => ({ field, code: 'field.textTwice', message: 'sent twice' }),
} satisfies Record<string, (field: string) => FieldError>;

/** An approval that publishes at once goes through two states; each is audited. */
function statusesReached(before: ContentItemDoc, after: ContentItemDoc): string[] {
  if (after.status === 'published' && before.status === 'submitted') return ['approved', 'published'];
  return [after.status];
}
