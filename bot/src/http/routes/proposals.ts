import { randomUUID } from 'node:crypto';
import { mediaUrl } from '@contract/media';
import {
  proposalInputSchema,
  proposalListSchema,
  proposalOptionsSchema,
  proposalResultSchema,
} from '@contract/proposals';
import type { ProposalList, ProposalOptions, ProposalResult } from '@contract/proposals';
import { activityEvent } from '../../activity/activity-event';
import { proposalItem } from '../../domain/content-item';
import { checkTexts, guardrailMatrix } from '../../domain/content-policy';
import type { CampaignDoc, MediaRef, PersonDoc } from '../../domain/documents';
import { campaignsFor } from '../../domain/targeting';
import { PageFetchError } from '../../link-preview/fetch-page';
import { readLinkPreview } from '../../link-preview/link-preview';
import type { Repositories } from '../../store/repositories';
import { proposalEntry } from '../../domain/archive/archive-entries';
import { ApiError } from '../api-error';
import { handler, Reply } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { resolveMedia } from './media';
import { announceToReviewers, entity, personRef, refuseFailures, snapshot } from './studio-content';
import { campaignRef, campaignRefOf, toProposal } from './studio-views';
import { contentPolicyOf, requireAmbassador, requireCharterAccepted } from '../../sharing/share-rules';

/** What an ambassador may propose for: the campaigns targeting them, and the rules their text must follow. */
export const proposalOptions = handler({
  answer: proposalOptionsSchema,
  async handle({ principal, services, currentPerson }): Promise<ProposalOptions> {
    const person = await currentPerson();
    requireAmbassador(person);
    const [campaigns, policy] = await Promise.all([
      openCampaignsOf(services.repositories, person),
      contentPolicyOf(services.repositories, principal.tenantId),
    ]);
    return { campaigns: campaigns.map(campaignRef), guardrails: guardrailMatrix(policy) };
  },
});

/**
 * An ambassador proposes a post: it is checked like any text (the disclosure added if missing), titled from
 * the link's own preview when the page can be read, and waits in the review queue, crediting its author.
 */
export const propose = handler({
  answer: proposalResultSchema,
  body: proposalInputSchema,
  async handle({ principal, services, body, currentPerson }) {
    const { repositories } = services;
    const person = await currentPerson();
    requireAmbassador(person);
    await requireCharterAccepted(repositories, person);
    const campaign = await requireOpenCampaign(repositories, person, body.campaignId);
    const proposed = { network: body.network, language: body.language, text: body.text };
    const checked = checkTexts([proposed], await contentPolicyOf(repositories, principal.tenantId));
    refuseFailures(
      checked,
      () => 'body.text',
      400,
      'proposal.textRefused',
      'Change your text, then propose it again.',
    );
    // The text as checked: with the disclosure added if it was missing.
    const [text = proposed] = checked.texts;
    const media = await resolveMedia(services.media, body.media, 'body.media');
    const preview = body.url ? await previewOf(body.url, services.isAllowedOutboundAddress) : {};
    const url = body.url ?? mediaAddress(media, services.publicUrl);
    const item = await repositories.content.upsert(
      proposalItem(
        { campaignId: campaign.id, url, title: body.title, text },
        { id: randomUUID(), tenantId: principal.tenantId, author: personRef(person) },
        { brandId: campaign.brandId, media, now: new Date(), preview },
      ),
    );
    await repositories.archive.append(
      principal.tenantId,
      proposalEntry({ person, item, at: item.createdAt }),
    );
    await recordAudit(repositories, principal, 'content.proposed', entity(item), { after: snapshot(item) });
    await repositories.activity.record(
      activityEvent(person, 'proposal', new Date(), { campaignId: campaign.id, subjectId: item.id }),
    );
    await announceToReviewers(services, item, person.id);
    const result: ProposalResult = {
      proposal: toProposal(item, campaignRef(campaign)),
      disclosureAdded: checked.disclosureAddedTo.length > 0,
    };
    return new Reply(result, { status: 201 });
  },
});

/** The person's proposals with the reviewers' decisions and comments. */
export const myProposals = handler({
  answer: proposalListSchema,
  async handle({ principal, services, currentPerson }): Promise<ProposalList> {
    const person = await currentPerson();
    const [items, campaigns] = await Promise.all([
      services.repositories.content.proposalsOf(principal.tenantId, person.id),
      services.repositories.campaigns.list(principal.tenantId),
    ]);
    const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
    return {
      items: items.map((item) => toProposal(item, campaignRefOf(byId.get(item.campaignId), item.campaignId))),
    };
  },
});

/** Without a link, the tracked links lead to the first photo or video itself (the schema requires one). */
function mediaAddress(media: readonly MediaRef[], publicUrl: string): string {
  const [first] = media;
  if (!first)
    throw ApiError.invalid([
      { field: 'body.url', code: 'field.linkOrMedia', message: 'give a link, or add a photo or a video' },
    ]);
  return new URL(mediaUrl(first.id), publicUrl).toString();
}

/** Without a preview the title or the text titles the post; the reviewer sees the link anyway. */
async function previewOf(url: string, isAllowedAddress: (address: string) => boolean) {
  return readLinkPreview(url, isAllowedAddress).catch((error: unknown) => {
    if (error instanceof PageFetchError) return {};
    throw error;
  });
}

/** A running campaign that targets the person, or a refusal naming the field. */
export async function requireOpenCampaign(
  repositories: Repositories,
  person: PersonDoc,
  campaignId: string,
): Promise<CampaignDoc> {
  const campaign = (await openCampaignsOf(repositories, person)).find((open) => open.id === campaignId);
  if (!campaign) {
    throw ApiError.invalid([
      {
        field: 'body.campaignId',
        code: 'field.notYourRunningCampaign',
        message: 'not a running campaign of yours',
      },
    ]);
  }
  return campaign;
}

async function openCampaignsOf(repositories: Repositories, person: PersonDoc) {
  return campaignsFor(person, await repositories.campaigns.list(person.tenantId), new Date());
}
