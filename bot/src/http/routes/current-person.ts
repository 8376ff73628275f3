import { toLocale } from '@contract/locale';
import type { PersonDoc } from '../../domain/documents';
import { newPerson, withRolesSeen } from '../../domain/person';
import type { Principal } from '../../identity/principal';
import type { Repositories } from '../../store/repositories';

/**
 * The signed-in person's profile; someone signing in for the first time gets one from their token. It keeps the
 * token's app roles as last seen, which is how the service knows its reviewers.
 */
export async function currentPerson(
  repositories: Repositories,
  principal: Principal,
  acceptLanguage: string | undefined,
): Promise<PersonDoc> {
  const now = new Date();
  const existing = await repositories.people.getRecent(principal.tenantId, principal.objectId);
  if (!existing) return repositories.people.upsert(newPerson(principal, toLocale(acceptLanguage), now));
  // Written only when the token's roles changed: a request otherwise only reads the profile.
  if (withRolesSeen(existing, principal.roles, now) === existing) return existing;
  const updated = await repositories.people.update(principal.tenantId, principal.objectId, (current) =>
    withRolesSeen(current, principal.roles, now),
  );
  return updated ?? existing;
}
