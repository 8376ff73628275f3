import { libraryItemSchema, libraryListSchema, libraryQuerySchema } from '@contract/library';
import type { LibraryItem, LibraryList } from '@contract/library';
import { guardrailsFor } from '../../domain/content-policy';
import type { CampaignDoc, ContentItemDoc, PersonDoc } from '../../domain/documents';
import { findTargetedItem, targetedLibraryPage, toLibrarySummary } from '../../library/targeted-library';
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
    const { item, campaign } = await requireTargetedItem(services.repositories, person, params.itemId);
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

/** The item as the person may see it (`findTargetedItem`), or "not found". */
export async function requireTargetedItem(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
): Promise<{ item: ContentItemDoc; campaign: CampaignDoc }> {
  const targeted = await findTargetedItem(repositories, person, itemId, new Date());
  if (!targeted) {
    throw ApiError.notFound(
      'content.unavailable',
      'This content is no longer available: it has expired or been withdrawn.',
    );
  }
  return targeted;
}
