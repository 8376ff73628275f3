import { leaderRefOf, withLeaderCredit } from '../domain/leaders';
import type { PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';

/** Credits the item to the person when they are a programme leader; writes nothing otherwise or when it already is. */
export async function creditLeaderShare(
  repositories: Repositories,
  person: PersonDoc,
  itemId: string,
): Promise<void> {
  const leader = leaderRefOf(person);
  if (!leader) return;
  await repositories.content.update(person.tenantId, itemId, (item) =>
    withLeaderCredit(item, person.id, leader),
  );
}

/**
 * Brings every item the person shared in line with what they are now: credited under their current title when a
 * leader, credited to nobody when not (unmarked, left, erased). Costs one write per item they shared, at most.
 */
export async function syncLeaderCredits(repositories: Repositories, person: PersonDoc): Promise<void> {
  const leader = leaderRefOf(person);
  const shares = await repositories.shares.ofPerson(person.tenantId, person.id);
  const itemIds = new Set(
    shares.filter((share) => share.confirmations.length > 0).map((share) => share.itemId),
  );
  for (const itemId of itemIds) {
    await repositories.content.update(person.tenantId, itemId, (item) =>
      withLeaderCredit(item, person.id, leader),
    );
  }
}
