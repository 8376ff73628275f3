import type { PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';
import { isVisibleTo } from './learning-views';

/**
 * Gives a new ambassador the onboarding paths of their audience: their progress starts now, which is what the
 * stall nudge counts from. Someone who joins again keeps the progress they had.
 */
export async function giveOnboardingPaths(
  repositories: Pick<Repositories, 'learningPaths' | 'learningProgress'>,
  person: PersonDoc,
  now: Date,
): Promise<void> {
  const paths = await repositories.learningPaths.published(person.tenantId);
  for (const path of paths.filter((candidate) => candidate.onboarding && isVisibleTo(candidate, person))) {
    await repositories.learningProgress.start(path, person.id, now.toISOString());
  }
}
