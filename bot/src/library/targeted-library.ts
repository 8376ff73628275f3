import type { LibraryItemSummary, LibraryList, LibraryQuery } from '@contract/library';
import { isAvailable } from '../domain/content-index';
import type { CampaignDoc, ContentItemDoc, PersonDoc } from '../domain/documents';
import { campaignsFor } from '../domain/targeting';
import type { Repositories } from '../store/repositories';

/**
 * One page of the library as this person sees it: published, unexpired items of the live campaigns whose
 * audience includes them, newest first. The tab's library, the bot's "latest" and the message extension share it.
 */
export async function targetedLibraryPage(
  repositories: Pick<Repositories, 'campaigns' | 'content'>,
  person: PersonDoc,
  query: Omit<LibraryQuery, 'limit'> & { limit: number },
  now: Date,
): Promise<LibraryList> {
  const campaigns = campaignsFor(person, await repositories.campaigns.listRecent(person.tenantId), now);
  if (campaigns.length === 0) return { items: [] };
  const { limit, continuationToken, ...filters } = query;
  const page = await repositories.content.library(
    person.tenantId,
    campaigns.map((campaign) => campaign.id),
    filters,
    { limit, ...(continuationToken ? { continuationToken } : {}) },
    now,
  );
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  return {
    items: page.items.flatMap((item) => {
      const campaign = byId.get(item.campaignId);
      return campaign ? [toLibrarySummary(item, campaign)] : [];
    }),
    ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
  };
}

/**
 * One item as this person may see and share it: published, unexpired, in a live campaign whose audience includes
 * them. Undefined for anything else, whatever the reason, so that the library never reveals content meant for others.
 */
export async function findTargetedItem(
  repositories: Pick<Repositories, 'campaigns' | 'content'>,
  person: PersonDoc,
  itemId: string,
  now: Date,
): Promise<{ item: ContentItemDoc; campaign: CampaignDoc } | undefined> {
  const item = await repositories.content.get(person.tenantId, itemId);
  const campaign = item && (await repositories.campaigns.get(person.tenantId, item.campaignId));
  if (!item || !campaign || !isAvailable(item, now) || campaignsFor(person, [campaign], now).length === 0) {
    return undefined;
  }
  return { item, campaign };
}

export function toLibrarySummary(item: ContentItemDoc, campaign: CampaignDoc): LibraryItemSummary {
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
    ...(item.sharedByLeaders
      ? {
          sharedByLeaders: item.sharedByLeaders.map(({ personId, displayName, title }) => ({
            id: personId,
            displayName,
            title,
          })),
        }
      : {}),
  };
}
