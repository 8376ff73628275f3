import {
  campaignDetailsSchema,
  campaignInputSchema,
  campaignListSchema,
  campaignSchema,
  campaignStatusChangeSchema,
} from '@contract/campaigns';
import type { Campaign, CampaignInput, CampaignList, CampaignDetails } from '@contract/campaigns';
import { campaignProgress, sharersOf } from '../../domain/campaign-progress';
import { campaignStatus, decideCampaignStatus } from '../../domain/campaign-status';
import type { CampaignDoc } from '../../domain/documents';
import { uniqueSlug } from '../../domain/slug';
import type { Repositories } from '../../store/repositories';
import { WriteConflict } from '../../store/write-conflict';
import { audienceReferenceErrors } from '../audience-references';
import { ApiError } from '../api-error';
import type { FieldError } from '../api-error';
import { Reply, handler, idParams, noContent, versionHeader } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { toCampaign, toStudioSummary } from './studio-views';

export const listCampaigns = handler({
  answer: campaignListSchema,
  async handle({ principal, services }): Promise<CampaignList> {
    const now = new Date();
    const campaigns = await services.repositories.campaigns.list(principal.tenantId);
    return {
      items: campaigns
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
        .map((campaign) => toCampaign(campaign, now)),
    };
  },
});

/** Enough for a crowd of same-name campaigns created at once; past it, the manager is asked to try again. */
const MAX_SLUG_ATTEMPTS = 50;

/**
 * A new campaign starts as a draft; its slug (used in tracked links' UTM tags) comes from its name, once. The slug
 * is also its id, so that campaigns created at the same moment with the same name cannot share one: the store
 * refuses the second, which takes the next free suffix.
 */
export const createCampaign = handler({
  answer: campaignSchema,
  body: campaignInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    await checkReferences(repositories, principal.tenantId, body);
    const taken = new Set((await repositories.campaigns.list(principal.tenantId)).map((c) => c.slug));
    const now = new Date();
    for (let attempt = 0; attempt < MAX_SLUG_ATTEMPTS; attempt++) {
      const slug = uniqueSlug(body.name.fr || body.name.en, taken);
      const campaign: CampaignDoc = {
        id: slug,
        tenantId: principal.tenantId,
        slug,
        ...body,
        status: 'draft',
        createdBy: principal.objectId,
        createdAt: now.toISOString(),
      };
      if (await repositories.campaigns.createOnce(campaign)) {
        await recordAudit(repositories, principal, 'campaign.created', entity(campaign), { after: campaign });
        return new Reply(toCampaign(campaign, now), { status: 201 });
      }
      taken.add(slug);
    }
    throw new WriteConflict('campaign');
  },
});

/**
 * The campaign, its content whatever its status, and its progress against its targets; its `ETag` is the
 * campaign's version, which an edit sends back as `If-Match`.
 */
export const getCampaign = handler({
  answer: campaignDetailsSchema,
  params: idParams('campaignId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const versioned = await repositories.campaigns.getVersioned(principal.tenantId, params.campaignId);
    if (!versioned) throw campaignNotFound();
    const campaign = versioned.document;
    const [items, [counters], ambassadors] = await Promise.all([
      repositories.content.ofCampaign(principal.tenantId, campaign.id),
      repositories.insights.campaigns(principal.tenantId, [campaign.id]),
      repositories.people.ambassadors(principal.tenantId),
    ]);
    const now = new Date();
    const page: CampaignDetails = {
      campaign: toCampaign(campaign, now),
      items: items.map((item) => toStudioSummary(item, campaign, now)),
      progress: campaignProgress(campaign, counters?.totals, sharersOf(counters), ambassadors),
    };
    return new Reply(page, { headers: { ETag: versionHeader(versioned.version) } });
  },
});

/** An edit; with `If-Match`, only over the version the manager opened (412 if someone changed it since). */
export const updateCampaign = handler({
  answer: campaignSchema,
  params: idParams('campaignId'),
  body: campaignInputSchema,
  async handle({ principal, services, params, body, ifMatch }) {
    const { repositories } = services;
    const existing = await requireCampaign(repositories, principal.tenantId, params.campaignId);
    await checkReferences(repositories, principal.tenantId, body);
    const now = new Date();
    let before: CampaignDoc | undefined;
    const saved = await repositories.campaigns.updateVersioned(
      principal.tenantId,
      existing.id,
      (current) => {
        if (current.status === 'archived')
          throw new ApiError(409, 'campaign.archived', 'An archived campaign can no longer change.');
        before = current;
        return { ...current, ...body, updatedAt: now.toISOString() };
      },
      ifMatch,
    );
    if (!saved) throw campaignNotFound();
    const after = saved.document;
    await recordAudit(repositories, principal, 'campaign.updated', entity(after), { before, after });
    return new Reply(toCampaign(after, now), { headers: { ETag: versionHeader(saved.version) } });
  },
});

const statusActions = {
  scheduled: 'campaign.scheduled',
  draft: 'campaign.returned-to-draft',
  archived: 'campaign.archived',
} as const;

/** Plan, take back to draft, or archive; live and ended follow from the dates. */
export const changeCampaignStatus = handler({
  answer: campaignSchema,
  params: idParams('campaignId'),
  body: campaignStatusChangeSchema,
  async handle({ principal, services, params, body }): Promise<Campaign> {
    const { repositories } = services;
    const existing = await requireCampaign(repositories, principal.tenantId, params.campaignId);
    const now = new Date();
    let before: CampaignDoc | undefined;
    const after = await repositories.campaigns.update(principal.tenantId, existing.id, (current) => {
      const decision = decideCampaignStatus(current, body.status, now);
      if (!decision.ok) throw ApiError.refused(409, decision.reason);
      before = current;
      return { ...current, status: decision.status, updatedAt: now.toISOString() };
    });
    if (!after || !before) throw campaignNotFound();
    await recordAudit(repositories, principal, statusActions[body.status], entity(after), {
      before: { status: campaignStatus(before, now) },
      after: { status: campaignStatus(after, now) },
    });
    return toCampaign(after, now);
  },
});

/** Only a draft without content can be deleted; anything else is archived, so its history stays. */
export const deleteCampaign = handler({
  answer: noContent,
  params: idParams('campaignId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const campaign = await requireCampaign(repositories, principal.tenantId, params.campaignId);
    if (campaign.status !== 'draft')
      throw new ApiError(
        409,
        'campaign.onlyDraftDeleted',
        'Only a draft campaign can be deleted; archive it instead.',
      );
    if ((await repositories.content.ofCampaign(principal.tenantId, campaign.id)).length > 0) {
      throw new ApiError(
        409,
        'campaign.hasContent',
        'This campaign has content: archive it instead of deleting it.',
      );
    }
    await repositories.campaigns.delete(principal.tenantId, campaign.id);
    await recordAudit(repositories, principal, 'campaign.deleted', entity(campaign), { before: campaign });
    return new Reply(undefined, { status: 204 });
  },
});

export async function requireCampaign(
  repositories: Repositories,
  tenantId: string,
  campaignId: string | undefined,
): Promise<CampaignDoc> {
  const campaign = campaignId ? await repositories.campaigns.get(tenantId, campaignId) : undefined;
  if (!campaign) throw campaignNotFound();
  return campaign;
}

function campaignNotFound(): ApiError {
  return ApiError.notFound('campaign.notFound', 'This campaign does not exist, or was deleted.');
}

/** The brand and the audience must name brands and groups the organisation has. */
async function checkReferences(
  repositories: Repositories,
  tenantId: string,
  input: CampaignInput,
): Promise<void> {
  const organisation = await repositories.organisations.find(tenantId);
  const brands = new Set(organisation?.brands.map((brand) => brand.id));
  const errors: FieldError[] = [];
  if (!brands.has(input.brandId))
    errors.push({ field: 'body.brandId', code: 'field.noSuchBrand', message: 'no such brand' });
  errors.push(...(await audienceReferenceErrors(repositories, tenantId, input.audience)));
  if (errors.length > 0) throw ApiError.invalid(errors);
}

function entity(campaign: CampaignDoc) {
  return { type: 'campaign', id: campaign.id, title: campaign.name };
}
