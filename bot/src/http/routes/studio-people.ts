import { pageQuerySchema } from '@contract/people';
import type { PeoplePage } from '@contract/people';
import { handler } from '../api-route';

export const listPeople = handler({
  query: pageQuerySchema,
  async handle({ principal, services, query }): Promise<PeoplePage> {
    const page = await services.repositories.people.page(
      principal.tenantId,
      query.limit,
      query.continuationToken,
    );
    return {
      items: page.items.map((person) => ({
        id: person.id,
        displayName: person.displayName,
        ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
        groupIds: person.groupIds,
        enrolment: person.enrolment.status,
      })),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});
