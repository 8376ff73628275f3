import { updateMeSchema } from '@contract/me';
import type { Me } from '@contract/me';
import { toLocale } from '@contract/locale';
import type { PersonDoc } from '../../domain/documents';
import { newPerson } from '../../domain/person';
import type { Principal } from '../../identity/principal';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

export const getMe = handler({
  async handle({ principal, services, req }) {
    const person = await findOrCreatePerson(services.repositories, principal, req.headers['accept-language']);
    return toMe(person, principal);
  },
});

export const updateMe = handler({
  body: updateMeSchema,
  async handle({ principal, services, body, req }) {
    const { people } = services.repositories;
    await findOrCreatePerson(services.repositories, principal, req.headers['accept-language']);
    const updated = await people.update(principal.tenantId, principal.objectId, (person) => ({
      ...person,
      ...body,
      updatedAt: new Date().toISOString(),
    }));
    // Only an erasure racing this request can remove the profile just found or created.
    if (!updated) throw ApiError.notFound('Your profile no longer exists.');
    return toMe(updated, principal);
  },
});

/** A person signing in for the first time gets a profile from their token; nothing else is assumed. */
async function findOrCreatePerson(
  repositories: Repositories,
  principal: Principal,
  acceptLanguage: string | undefined,
): Promise<PersonDoc> {
  const existing = await repositories.people.get(principal.tenantId, principal.objectId);
  if (existing) return existing;
  return repositories.people.upsert(newPerson(principal, toLocale(acceptLanguage), new Date()));
}

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
