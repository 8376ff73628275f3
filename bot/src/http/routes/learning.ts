import {
  learningPathListSchema,
  moduleCompletionInputSchema,
  moduleCompletionSchema,
} from '@contract/learning';
import type { LearningPathList, ModuleCompletion } from '@contract/learning';
import { completeModule } from '../../learning/complete-module';
import { pathsFor, toLearningPath } from '../../learning/learning-views';
import { ApiError } from '../api-error';
import { handler, idParams } from '../api-route';
import { requireAmbassador } from '../../sharing/share-rules';

/** The caller's paths (their audience only) and where they are up to in each. */
export const listMyLearningPaths = handler({
  answer: learningPathListSchema,
  async handle({ services, currentPerson }): Promise<LearningPathList> {
    const person = await currentPerson();
    const { learningPaths, learningProgress } = services.repositories;
    const [paths, progress] = await Promise.all([
      learningPaths.published(person.tenantId),
      learningProgress.ofPerson(person.tenantId, person.id),
    ]);
    const byPath = new Map(progress.map((entry) => [entry.pathId, entry]));
    return { paths: pathsFor(person, paths).map((path) => toLearningPath(path, byPath.get(path.id))) };
  },
});

/** Completes a module (its quiz answered right); a wrong answer is an answer too, not an error. */
export const completeLearningModule = handler({
  answer: moduleCompletionSchema,
  body: moduleCompletionInputSchema,
  params: idParams('moduleId'),
  async handle({ services, params, body, currentPerson }): Promise<ModuleCompletion> {
    const person = await currentPerson();
    requireAmbassador(person);
    const outcome = await completeModule(
      services.repositories,
      person,
      params.moduleId,
      body.answers ?? [],
      new Date(),
    );
    if (outcome.ok) return outcome.completion;
    if (outcome.reason === 'answers-incomplete') {
      throw new ApiError(
        400,
        'learning.answersIncomplete',
        'Answer every question of the quiz once, with one of its options.',
      );
    }
    // Paths outside the caller's audience do not exist for them, as in their list.
    throw ApiError.notFound('learning.moduleNotFound', 'This module does not exist, or is not for you.');
  },
});
