import { meSchema, updateMeSchema } from '@contract/me';
import type { Me } from '@contract/me';
import type { PersonDoc } from '../../domain/documents';
import type { Principal } from '../../identity/principal';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

export const getMe = handler({
  answer: meSchema,
  async handle({ principal, currentPerson }) {
    return toMe(await currentPerson(), principal);
  },
});

export const updateMe = handler({
  answer: meSchema,
  body: updateMeSchema,
  async handle({ principal, services, body, currentPerson }) {
    await currentPerson();
    const updated = await services.repositories.people.update(
      principal.tenantId,
      principal.objectId,
      (person) => ({
        ...person,
        ...body,
        updatedAt: new Date().toISOString(),
      }),
    );
    // Only an erasure racing this request can remove the profile just found or created.
    if (!updated) throw ApiError.notFound('person.notFound', 'Your profile no longer exists.');
    return toMe(updated, principal);
  },
});

function toMe(person: PersonDoc, principal: Principal): Me {
  return {
    id: person.id,
    tenantId: person.tenantId,
    displayName: person.displayName,
    email: person.email,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    locale: person.locale,
    timeZone: person.timeZone,
    ...(person.brandId ? { brandId: person.brandId } : {}),
    groupIds: person.groupIds,
    roles: principal.roles,
    enrolment: {
      status: person.enrolment.status,
      ...(person.enrolment.since ? { since: person.enrolment.since } : {}),
    },
  };
}
