import type { Repositories } from '../store/repositories';

/**
 * For erasure: the person's ledger entries are credited to their pseudonym (group and programme totals stay
 * right) and their own standings and badges are deleted, so they leave every leaderboard.
 */
export async function forgetPoints(
  repositories: Pick<Repositories, 'points' | 'standings'>,
  tenantId: string,
  personId: string,
  pseudonym: string,
): Promise<void> {
  await repositories.points.pseudonymise(tenantId, personId, pseudonym);
  await repositories.standings.deletePerson(tenantId, personId);
}
