import type { GroupDoc } from '../../domain/documents';
import { withGroup, withoutGroup } from '../../domain/group-membership';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';

/** Membership writes run a few at a time: quick for a file of thousands, gentle on the database. */
const CONCURRENT_WRITES = 8;

export async function requireGroup(
  repositories: Repositories,
  tenantId: string,
  groupId: string,
): Promise<GroupDoc> {
  const group = await repositories.groups.get(tenantId, groupId);
  if (!group) throw ApiError.notFound('group.notFound', 'This group does not exist, or was deleted.');
  return group;
}

/**
 * Adds people to a group. Adding someone already in it changes nothing, so a file imported twice, or an
 * import interrupted and run again, ends in the same state.
 */
export async function addToGroup(
  repositories: Repositories,
  tenantId: string,
  groupId: string,
  personIds: readonly string[],
): Promise<{ added: number; alreadyMembers: number }> {
  const members = new Set(await repositories.people.memberIds(tenantId, groupId));
  const newcomers = personIds.filter((id) => !members.has(id));
  const now = new Date();
  const written = await inBatches(newcomers, (id) =>
    repositories.people.update(tenantId, id, (person) => withGroup(person, groupId, now)),
  );
  return { added: written.filter(Boolean).length, alreadyMembers: personIds.length - newcomers.length };
}

export async function removeFromGroup(
  repositories: Repositories,
  tenantId: string,
  groupId: string,
  personIds: readonly string[],
): Promise<number> {
  const now = new Date();
  const written = await inBatches(personIds, (id) =>
    repositories.people.update(tenantId, id, (person) => withoutGroup(person, groupId, now)),
  );
  return written.filter(Boolean).length;
}

async function inBatches<T, R>(items: readonly T[], write: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += CONCURRENT_WRITES) {
    results.push(...(await Promise.all(items.slice(start, start + CONCURRENT_WRITES).map(write))));
  }
  return results;
}
