import type { LearningPathList, ModuleCompletion, QuizAnswer } from '@contract/learning';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATHS = '/api/v1/learning/paths';

/** The learner's paths, with the modules they completed. */
export function learningPathsQuery(): ApiQuery<LearningPathList> {
  return apiQuery<LearningPathList>(PATHS);
}

/** Completes a module; with a quiz, only when every answer is right (the answer says how it went). */
export function completeModule(moduleId: string, answers: QuizAnswer[]): Promise<ModuleCompletion> {
  return apiRequest<ModuleCompletion>(`/api/v1/learning/modules/${encodeURIComponent(moduleId)}/completion`, {
    method: 'POST',
    changes: [PATHS, '/api/v1/me/points'],
    body: { answers },
  });
}
