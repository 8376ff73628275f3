import type { Locale } from '@contract/locale';
import type { PersonDoc } from './documents';
import { blankPerson } from './person';

/** A user as the organisation's directory (Entra ID, through Microsoft Graph) lists them. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  mail?: string;
}

/** Adding a person to a group they are already in changes nothing: imports can be run again safely. */
export function withGroup(person: PersonDoc, groupId: string, now: Date): PersonDoc {
  if (person.groupIds.includes(groupId)) return person;
  return { ...person, groupIds: [...person.groupIds, groupId], updatedAt: now.toISOString() };
}

export function withoutGroup(person: PersonDoc, groupId: string, now: Date): PersonDoc {
  if (!person.groupIds.includes(groupId)) return person;
  return {
    ...person,
    groupIds: person.groupIds.filter((id) => id !== groupId),
    updatedAt: now.toISOString(),
  };
}

/** Who joins and who leaves a group so that it mirrors a directory group exactly. */
export function membershipDiff(
  currentIds: readonly string[],
  directoryIds: readonly string[],
): { toAdd: string[]; toRemove: string[] } {
  const current = new Set(currentIds);
  const wanted = new Set(directoryIds);
  return {
    toAdd: [...wanted].filter((id) => !current.has(id)),
    toRemove: [...current].filter((id) => !wanted.has(id)),
  };
}

/**
 * A directory user the programme has not met yet becomes a person outside the programme, exactly as on their
 * first sign-in (same id: their Entra object id), so that group targeting reaches them once they open the app.
 * Joining stays their own choice.
 */
export function personFromDirectory(
  user: DirectoryUser,
  tenantId: string,
  locale: Locale,
  now: Date,
): PersonDoc {
  return blankPerson(
    { id: user.id, tenantId, displayName: user.displayName, email: user.mail ?? '', locale },
    now,
  );
}
