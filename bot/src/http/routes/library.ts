import { libraryQuerySchema } from '@contract/library';
import type { LibraryItem, LibraryItemSummary, LibraryPage } from '@contract/library';
import { isAvailable } from '../../domain/content-index';
import { guardrailsFor } from '../../domain/content-policy';
import type { CampaignDoc, ContentItemDoc, PersonDoc } from '../../domain/documents';
import { campaignsFor } from '../../domain/targeting';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { handler } from '../api-route';
import { contentPolicyOf } from './content-policy';

export const listLibrary = handler({
  query: libraryQuerySchema,
  async handle({ principal, services, query, currentPerson }): Promise<LibraryPage> {
    const { repositories } = services;
    const now = new Date();
    const campaigns = campaignsFor(
      await currentPerson(),
      await repositories.campaigns.list(principal.tenantId),
      now,
    );
    if (campaigns.length === 0) return { items: [] };
    const { limit, continuationToken, ...filters } = query;
    const page = await repositories.content.library(
      principal.tenantId,
      campaigns.map((campaign) => campaign.id),
      filters,
      { limit, ...(continuationToken ? { continuationToken } : {}) },
      now,
    );
    const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
    return {
      items: page.items.flatMap((item) => {
        const campaign = byId.get(item.campaignId);
        return campaign ? [toSummary(item, campaign)] : [];
      }),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

export const getLibraryItem = handler({
  async handle({ principal, services, params, currentPerson }): Promise<LibraryItem> {
    const person = await currentPerson();
    const { item, campaign } = await findTargetedItem(services.repositories, person, params['itemId'] ?? '');
    const shares = await services.repositories.shares.ofPersonAndItem(principal.tenantId, person.id, item.id);
    const policy = await contentPolicyOf(services.repositories, principal.tenantId);
    return {
      ...toSummary(item, campaign),
      url: item.url,
      texts: item.texts.map((text) => ({
        ...text,
        guardrails: guardrailsFor(policy, text.network, text.language),
      })),
      sharedOn: shares.map((share) => share.network),
    };
  },
});

/**
 * An item the person may see and share: published, unexpired, in a campaign whose audience includes them.
 * Anything else is "not found", so the library never reveals content meant for others.
 */
export async function findTargetedItem(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
): Promise<{ item: ContentItemDoc; campaign: CampaignDoc }> {
  const now = new Date();
  const item = await repositories.content.get(person.tenantId, itemId);
  const campaign = item && (await repositories.campaigns.get(person.tenantId, item.campaignId));
  if (!item || !campaign || !isAvailable(item, now) || campaignsFor(person, [campaign], now).length === 0) {
    throw ApiError.notFound('This content is no longer available: it has expired or been withdrawn.');
  }
  return { item, campaign };
}

function toSummary(item: ContentItemDoc, campaign: CampaignDoc): LibraryItemSummary {
  return {
    id: item.id,
    title: item.title,
    preview: item.preview,
    campaign: { id: campaign.id, slug: campaign.slug, name: campaign.name },
    brandId: item.brandId,
    networks: item.networks ?? [],
    languages: item.languages ?? [],
    hashtags: item.hashtags,
    publishedAt: item.publishedAt ?? item.createdAt,
    ...(item.expiresAt ? { expiresAt: item.expiresAt } : {}),
    ...(item.proposedBy ? { proposedBy: item.proposedBy } : {}),
  };
}
