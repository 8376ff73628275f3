import { randomUUID } from 'node:crypto';
import {
  contentInputSchema,
  contentListQuerySchema,
  studioItemListSchema,
  studioItemSchema,
  submissionResultSchema,
} from '@contract/content';
import type { ContentInput, StudioItem, StudioItemList, SubmissionResult } from '@contract/content';
import type { ProblemCode } from '@contract/problem-codes';
import { campaignStatus } from '../../domain/campaign-status';
import { draftItem, withEvent, withInput } from '../../domain/content-item';
import type { ItemContext } from '../../domain/content-item';
import { checkTexts, fourEyesApplies } from '../../domain/content-policy';
import type { TextsCheck } from '../../domain/content-policy';
import { transition } from '../../domain/content-workflow';
import type { ContentAction } from '../../domain/content-workflow';
import type { ContentItemDoc, PersonDoc, PersonRef } from '../../domain/documents';
import type { Principal } from '../../identity/principal';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { guardrailError } from '../../domain/guardrail-error';
import { handler, Reply, idParams, versionHeader } from '../api-route';
import type { ApiServices } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { resolveMedia } from './media';
import { toStudioItem, toStudioSummary } from './studio-views';
import { contentPolicyOf } from '../../sharing/share-rules';

export const listContent = handler({
  answer: studioItemListSchema,
  query: contentListQuerySchema,
  async handle({ principal, services, query }): Promise<StudioItemList> {
    const { status, campaignId, limit, continuationToken } = query;
    return studioPage(
      services.repositories,
      principal.tenantId,
      { status, campaignId },
      { limit, continuationToken },
    );
  },
});

export const createContent = handler({
  answer: studioItemSchema,
  body: contentInputSchema,
  async handle({ principal, services, body, currentPerson }) {
    const { repositories } = services;
    const author = personRef(await currentPerson());
    const context = await itemContext(services, principal.tenantId, body);
    const item = await repositories.content.upsert(
      draftItem(body, { id: randomUUID(), tenantId: principal.tenantId, author }, context),
    );
    await recordAudit(repositories, principal, 'content.created', entity(item), { after: snapshot(item) });
    return new Reply(await studioItemView(repositories, principal, item), { status: 201 });
  },
});

/** The item as the studio shows it; its `ETag` is the item's version, which an edit sends back as `If-Match`. */
export const getContent = handler({
  answer: studioItemSchema,
  params: idParams('itemId'),
  async handle({ principal, services, params }) {
    const versioned = await services.repositories.content.getVersioned(principal.tenantId, params.itemId);
    if (!versioned) throw itemNotFound();
    const view = await studioItemView(services.repositories, principal, versioned.document);
    return new Reply(view, { headers: { ETag: versionHeader(versioned.version) } });
  },
});

/**
 * Saves the author's changes to a draft, or to an item sent back for changes; with `If-Match`, only over the
 * version the author opened (412 if someone edited, reviewed or withdrew it since).
 */
export const updateContent = handler({
  answer: studioItemSchema,
  params: idParams('itemId'),
  body: contentInputSchema,
  async handle({ principal, services, params, body, ifMatch }) {
    const { repositories } = services;
    const existing = await requireItem(repositories, principal.tenantId, params.itemId);
    allowed(existing, 'edit');
    const context = await itemContext(services, principal.tenantId, body);
    const { before, after, version } = await change(
      repositories,
      existing,
      (current) => {
        allowed(current, 'edit');
        return withInput(current, body, context);
      },
      ifMatch,
    );
    await recordAudit(repositories, principal, 'content.updated', entity(after), {
      before: snapshot(before),
      after: snapshot(after),
    });
    const view = await studioItemView(repositories, principal, after);
    return new Reply(view, { headers: { ETag: versionHeader(version) } });
  },
});

/**
 * Saves and submits for review in one step, so what is checked is what is submitted. A text breaking a
 * guardrail is refused, naming it (`body.texts.2.text`); a missing disclosure is added and said so.
 */
export const submitContent = handler({
  answer: submissionResultSchema,
  params: idParams('itemId'),
  body: contentInputSchema,
  async handle({ principal, services, params, body, currentPerson }): Promise<SubmissionResult> {
    const { repositories } = services;
    const existing = await requireItem(repositories, principal.tenantId, params.itemId);
    allowed(existing, 'submit');
    const context = await itemContext(services, principal.tenantId, body);
    const checked = checkTexts(body.texts, await contentPolicyOf(repositories, principal.tenantId));
    refuseFailures(
      checked,
      'body.texts',
      400,
      'content.textsRefused',
      'Change the texts the guardrails refuse, then submit again.',
    );
    const by = personRef(await currentPerson());
    const { before, after } = await change(repositories, existing, (current) => {
      const next = allowed(current, 'submit');
      const at = context.now.toISOString();
      return withEvent(
        { ...withInput(current, { ...body, texts: checked.texts }, context), status: next },
        { at, by, action: 'submitted' },
      );
    });
    await recordAudit(repositories, principal, 'content.submitted', entity(after), {
      before: snapshot(before),
      after: snapshot(after),
    });
    await announceToReviewers(services, after, by.id);
    return {
      item: await studioItemView(repositories, principal, after),
      disclosureAddedTo: checked.disclosureAddedTo,
    };
  },
});

/**
 * Out of the library at once; the shares already made stay recorded, and their tracked links say the item was
 * withdrawn instead of sending people to it. Asking again for an item already withdrawn finishes marking its links
 * (should the first request have stopped half-way) and changes nothing else.
 */
export const withdrawContent = handler({
  answer: studioItemSchema,
  params: idParams('itemId'),
  async handle({ principal, services, params, currentPerson }): Promise<StudioItem> {
    const { repositories } = services;
    const existing = await requireItem(repositories, principal.tenantId, params.itemId);
    if (existing.status === 'withdrawn') {
      await withdrawLinksOf(repositories, existing);
      return studioItemView(repositories, principal, existing);
    }
    allowed(existing, 'withdraw');
    const by = personRef(await currentPerson());
    const { before, after } = await change(repositories, existing, (current) => {
      const at = new Date().toISOString();
      return withEvent(
        { ...current, status: allowed(current, 'withdraw'), updatedAt: at },
        { at, by, action: 'withdrawn' },
      );
    });
    await recordAudit(repositories, principal, 'content.withdrawn', entity(after), {
      before: { status: before.status },
      after: { status: after.status },
    });
    await withdrawLinksOf(repositories, after);
    return studioItemView(repositories, principal, after);
  },
});

async function withdrawLinksOf(repositories: Repositories, item: ContentItemDoc): Promise<void> {
  const at = item.updatedAt ?? new Date().toISOString();
  for (const share of await repositories.shares.ofItem(item.tenantId, item.id)) {
    await repositories.links.markWithdrawn(share.code, at);
  }
}

/**
 * Tells the reviewers that content awaits their decision, except the person who submitted it. Reviewers are
 * those who signed in with the role at least once: Entra ID holds the role, the service sees it only in tokens.
 */
export async function announceToReviewers(
  services: ApiServices,
  item: ContentItemDoc,
  submitterId: string,
): Promise<void> {
  if (!services.actionNotices) return;
  const reviewers = await services.repositories.people.lastSeenWithRole(item.tenantId, 'Programme.Reviewer');
  await services.actionNotices.announce({
    kind: 'contentToReview',
    tenantId: item.tenantId,
    recipients: reviewers.filter((reviewer) => reviewer.id !== submitterId),
    subject: item.title,
  });
}

export async function studioPage(
  repositories: Repositories,
  tenantId: string,
  filters: Parameters<Repositories['content']['studioPage']>[1],
  page: { limit: number; continuationToken?: string | undefined },
): Promise<StudioItemList> {
  const [items, campaigns] = await Promise.all([
    repositories.content.studioPage(tenantId, filters, {
      limit: page.limit,
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    }),
    repositories.campaigns.list(tenantId),
  ]);
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const now = new Date();
  return {
    items: items.items.map((item) => toStudioSummary(item, byId.get(item.campaignId), now)),
    ...(items.continuationToken ? { continuationToken: items.continuationToken } : {}),
  };
}

/** The item with its campaign, author, and whether the four-eyes rule keeps the caller from approving it. */
export async function studioItemView(
  repositories: Repositories,
  principal: Principal,
  item: ContentItemDoc,
): Promise<StudioItem> {
  const [campaign, policy] = await Promise.all([
    repositories.campaigns.get(item.tenantId, item.campaignId),
    contentPolicyOf(repositories, item.tenantId),
  ]);
  const author =
    item.proposedBy ??
    item.history?.find((event) => event.action === 'created')?.by ??
    personRef(
      (await repositories.people.get(item.tenantId, item.authorId)) ?? { id: item.authorId, displayName: '' },
    );
  return toStudioItem(
    item,
    { campaign, author, fourEyesApplies: fourEyesApplies(item, principal.objectId, policy) },
    new Date(),
  );
}

export async function requireItem(
  repositories: Repositories,
  tenantId: string,
  itemId: string | undefined,
): Promise<ContentItemDoc> {
  const item = itemId ? await repositories.content.get(tenantId, itemId) : undefined;
  if (!item) throw itemNotFound();
  return item;
}

const itemNotFound = () =>
  ApiError.notFound('content.notFound', 'This content does not exist, or was deleted.');

/** The status an action leads to; 409 saying why when the workflow does not allow it from here. */
export function allowed(item: ContentItemDoc, action: ContentAction): ContentItemDoc['status'] {
  const next = transition(item.status, action);
  if (!next.ok) throw ApiError.refused(409, next.reason);
  return next.status;
}

/**
 * A read-modify-write on the latest version of the item (or only on `ifVersion`, a client's `If-Match`),
 * returning it before and after, and its new version.
 */
export async function change(
  repositories: Repositories,
  item: ContentItemDoc,
  update: (current: ContentItemDoc) => ContentItemDoc,
  ifVersion?: string,
): Promise<{ before: ContentItemDoc; after: ContentItemDoc; version: string }> {
  let before = item;
  const saved = await repositories.content.updateVersioned(
    item.tenantId,
    item.id,
    (current) => {
      before = current;
      return update(current);
    },
    ifVersion,
  );
  if (!saved) throw itemNotFound();
  return { before, after: saved.document, version: saved.version };
}

/** Refuses texts that break a guardrail, one error per issue, each naming the text's field. */
export function refuseFailures(
  checked: TextsCheck,
  field: string | ((index: number) => string),
  status: 400 | 409,
  code: ProblemCode,
  detail: string,
): void {
  if (checked.failures.length === 0) return;
  const fieldOf = typeof field === 'string' ? (index: number) => `${field}.${index}.text` : field;
  const errors = checked.failures.map(({ index, issue }) => guardrailError(fieldOf(index), issue));
  throw new ApiError(status, code, `${detail} ${errors.map((error) => error.message).join(' ')}`, { errors });
}

export function personRef(person: Pick<PersonDoc, 'id' | 'displayName'>): PersonRef {
  return { id: person.id, displayName: person.displayName };
}

export function entity(item: ContentItemDoc) {
  return { type: 'content', id: item.id, title: item.title };
}

/** What the audit keeps of an item: what was decided on, not the search index. */
export function snapshot(item: ContentItemDoc) {
  return {
    status: item.status,
    campaignId: item.campaignId,
    title: item.title,
    url: item.url,
    texts: item.texts,
    hashtags: item.hashtags,
    media: (item.media ?? []).map((medium) => medium.id),
    publishAt: item.publishAt,
    expiresAt: item.expiresAt,
  };
}

/** Content goes into a campaign that is still to come or running, with media that were uploaded. */
async function itemContext(
  services: ApiServices,
  tenantId: string,
  input: ContentInput,
): Promise<ItemContext> {
  const now = new Date();
  const campaign = await services.repositories.campaigns.get(tenantId, input.campaignId);
  if (!campaign) {
    throw ApiError.invalid([
      { field: 'body.campaignId', code: 'field.noSuchCampaign', message: 'no such campaign' },
    ]);
  }
  const status = campaignStatus(campaign, now);
  if (status === 'ended' || status === 'archived') {
    throw ApiError.invalid([
      {
        field: 'body.campaignId',
        code: 'field.campaignClosed',
        params: { status },
        message: `the campaign is ${status}`,
      },
    ]);
  }
  return {
    brandId: campaign.brandId,
    media: await resolveMedia(services.media, input.media, 'body.media'),
    now,
  };
}
