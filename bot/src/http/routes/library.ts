import { libraryItemSchema, libraryListSchema, libraryQuerySchema } from '@contract/library';
import type { LibraryItem, LibraryList } from '@contract/library';
import { guardrailsFor } from '../../domain/content-policy';
import { targetedLibraryPage, toLibrarySummary } from '../../library/targeted-library';
import { handler, idParams } from '../api-route';
import { contentPolicyOf, requireTargetedItem } from '../../sharing/share-rules';

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
