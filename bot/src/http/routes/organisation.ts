import type { Organisation } from '@contract/organisation';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

export const getOrganisation = handler({
  async handle({ principal, services }): Promise<Organisation> {
    const { organisations, groups, people } = services.repositories;
    const organisation = await organisations.find(principal.tenantId);
    if (!organisation) {
      throw ApiError.notFound(
        'The programme is not set up for your organisation yet; an administrator sets it up.',
      );
    }
    const groupDocs = await groups.list(principal.tenantId);
    const memberCounts = await Promise.all(
      groupDocs.map((g) => people.countInGroup(principal.tenantId, g.id)),
    );
    return {
      tenantId: organisation.tenantId,
      name: organisation.name,
      brands: organisation.brands,
      groups: groupDocs.map((group, index) => ({
        id: group.id,
        name: group.name,
        kind: group.kind,
        memberCount: memberCounts[index] ?? 0,
      })),
    };
  },
});
