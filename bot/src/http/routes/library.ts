import { libraryItemSchema, libraryListSchema, libraryQuerySchema } from '@contract/library';
import type { LibraryItem, LibraryList } from '@contract/library';
import { isAvailable } from '../../domain/content-index';
import { guardrailsFor } from '../../domain/content-policy';
import type { CampaignDoc, ContentItemDoc, PersonDoc } from '../../domain/documents';
import { campaignsFor } from '../../domain/targeting';
import { targetedLibraryPage, toLibrarySummary } from '../../library/targeted-library';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { handler, idParams } from '../api-route';
import { contentPolicyOf } from './content-policy';

export const listLibrary = handler({
  answer: libraryListSchema,
  query: libraryQuerySchema,
  async handle({ services, query, currentPerson }): Promise<LibraryList> {
    return targetedLibraryPage(services.repositories, await currentPerson(), query, new Date());
  },
});

export const getLibraryItem = handler({
  answer: libraryItemSchema,
  params: idParams('itemId'),
  async handle({ principal, services, params, currentPerson }): Promise<LibraryItem> {
    const person = await currentPerson();
    const { item, campaign } = await findTargetedItem(services.repositories, person, params.itemId);
    const shares = await services.repositories.shares.ofPersonAndItem(principal.tenantId, person.id, item.id);
    const policy = await contentPolicyOf(services.repositories, principal.tenantId);
    return {
      ...toLibrarySummary(item, campaign),
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
    throw ApiError.notFound(
      'content.unavailable',
      'This content is no longer available: it has expired or been withdrawn.',
    );
  }
  return { item, campaign };
}
