import type { Locale } from '@contract/locale';
import type { AppRole } from '@contract/roles';
import type { Principal } from '../identity/principal';
import type { PersonDoc } from './documents';

/** Who a new profile is; everything else starts the same for every employee. */
type Identity = Pick<PersonDoc, 'id' | 'tenantId' | 'displayName' | 'email' | 'locale'>;

/** Every employee starts outside the programme: joining is their own choice. */
export function blankPerson(identity: Identity, now: Date): PersonDoc {
  const at = now.toISOString();
  return {
    ...identity,
    timeZone: 'UTC',
    groupIds: [],
    enrolment: { status: 'not-enrolled', networks: [], languages: [] },
    createdAt: at,
    updatedAt: at,
  };
}

/** The profile of someone signing in for the first time, from their token. */
export function newPerson(principal: Principal, locale: Locale, now: Date): PersonDoc {
  const identity = {
    id: principal.objectId,
    tenantId: principal.tenantId,
    displayName: principal.name || principal.username,
    email: principal.username,
    locale,
  };
  return withRolesSeen(blankPerson(identity, now), principal.roles, now);
}

/**
 * The profile with the roles of the person's latest token; the very same object when they did not change (in
 * any order), so that a guarded update writes nothing.
 */
export function withRolesSeen(person: PersonDoc, roles: readonly AppRole[], now: Date): PersonDoc {
  const seen = [...new Set(roles)].sort();
  const before = person.lastSeenRoles ?? [];
  if (seen.length === before.length && seen.every((role, index) => role === before[index])) return person;
  return { ...person, lastSeenRoles: seen, updatedAt: now.toISOString() };
}
