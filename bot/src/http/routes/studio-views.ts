import type { Campaign } from '@contract/campaigns';
import type { StudioItem, StudioItemSummary } from '@contract/content';
import type { CampaignRef } from '@contract/library';
import { mediaUrl } from '@contract/media';
import type { Proposal } from '@contract/proposals';
import { campaignStatus } from '../../domain/campaign-status';
import { contentReach } from '../../domain/content-reach';
import type { CampaignDoc, ContentItemDoc, PersonRef } from '../../domain/documents';

/** How the studio API shows its documents; every studio route answers with these shapes. */

export function toCampaign(campaign: CampaignDoc, now: Date): Campaign {
  return {
    id: campaign.id,
    slug: campaign.slug,
    name: campaign.name,
    objective: campaign.objective,
    brandId: campaign.brandId,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    audience: campaign.audience,
    targets: campaign.targets,
    status: campaignStatus(campaign, now),
    createdAt: campaign.createdAt,
    ...(campaign.updatedAt ? { updatedAt: campaign.updatedAt } : {}),
  };
}

export function campaignRef(campaign: CampaignDoc): CampaignRef {
  return { id: campaign.id, slug: campaign.slug, name: campaign.name };
}

/** The campaign of an item, or a name-less reference should it be gone. */
export function campaignRefOf(campaign: CampaignDoc | undefined, campaignId: string): CampaignRef {
  return campaign ? campaignRef(campaign) : { id: campaignId, slug: '', name: { fr: '', en: '' } };
}

/** An item for the studio's lists, with where it stands given its campaign (absent if the campaign is gone). */
export function toStudioSummary(
  item: ContentItemDoc,
  campaign: CampaignDoc | undefined,
  now: Date,
): StudioItemSummary {
  const reach = contentReach(item.status, campaign && campaignStatus(campaign, now));
  return {
    id: item.id,
    title: item.title,
    campaign: campaignRefOf(campaign, item.campaignId),
    status: item.status,
    networks: item.networks ?? [],
    languages: item.languages ?? [],
    ...optional({
      proposedBy: item.proposedBy,
      publishAt: item.publishAt,
      publishedAt: item.publishedAt,
      expiresAt: item.expiresAt,
      updatedAt: item.updatedAt,
      reach,
    }),
    createdAt: item.createdAt,
  };
}

export function toStudioItem(
  item: ContentItemDoc,
  context: { campaign: CampaignDoc | undefined; author: PersonRef; fourEyesApplies: boolean },
  now: Date,
): StudioItem {
  return {
    ...toStudioSummary(item, context.campaign, now),
    brandId: item.brandId,
    url: item.url,
    preview: item.preview,
    media: (item.media ?? []).map((medium) => ({ ...medium, url: mediaUrl(medium.id) })),
    texts: item.texts,
    hashtags: item.hashtags,
    author: context.author,
    history: item.history ?? [],
    fourEyesApplies: context.fourEyesApplies,
  };
}

export function toProposal(item: ContentItemDoc, campaign: CampaignRef): Proposal {
  const [text] = item.texts;
  return {
    id: item.id,
    title: item.title,
    campaign,
    network: text?.network ?? 'linkedin',
    language: text?.language ?? 'en',
    text: text?.text ?? '',
    url: item.url,
    status: item.status,
    createdAt: item.createdAt,
    history: item.history ?? [],
  };
}

/** Leaves out the fields that are not set, so answers carry no `undefined`. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
