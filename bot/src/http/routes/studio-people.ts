import { peopleListSchema, peopleQuerySchema } from '@contract/people';
import type { PeopleList, PersonSummary } from '@contract/people';
import type { PersonDoc } from '../../domain/documents';
import { handler } from '../api-route';

/** Everyone, by name; with `q`, those whose name or email contains it (to add them to a group). */
export const listPeople = handler({
  answer: peopleListSchema,
  query: peopleQuerySchema,
  async handle({ principal, services, query }): Promise<PeopleList> {
    const { people } = services.repositories;
    const page = query.q
      ? await people.search(principal.tenantId, query.q, query.limit, query.continuationToken)
      : await people.page(principal.tenantId, query.limit, query.continuationToken);
    return {
      items: page.items.map(toPersonSummary),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

export function toPersonSummary(person: PersonDoc): PersonSummary {
  return {
    id: person.id,
    displayName: person.displayName,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    groupIds: person.groupIds,
    enrolment: person.enrolment.status,
    ...(person.leader ? { leader: { title: person.leader.title } } : {}),
  };
}
