import { toLocale } from '@contract/locale';
import { problemTypes } from '@contract/problem-types';
import type { PersonDoc } from '../../domain/documents';
import { newPerson } from '../../domain/person';
import type { Principal } from '../../identity/principal';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';

/** The signed-in person's profile; someone signing in for the first time gets one from their token. */
export async function currentPerson(
  repositories: Repositories,
  principal: Principal,
  acceptLanguage: string | undefined,
): Promise<PersonDoc> {
  const existing = await repositories.people.getRecent(principal.tenantId, principal.objectId);
  if (existing) return existing;
  return repositories.people.upsert(newPerson(principal, toLocale(acceptLanguage), new Date()));
}

/** A state the person can change (by joining), not a permission: 409, as for the charter. */
export function requireAmbassador(person: PersonDoc): void {
  if (person.enrolment.status !== 'ambassador') {
    throw new ApiError(
      409,
      'enrolment.notAmbassador',
      'Only ambassadors share content. Read the charter and join the programme first.',
      { type: problemTypes.notAnAmbassador },
    );
  }
}
