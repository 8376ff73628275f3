import type { ModuleCompletion, QuizAnswer, QuizMarking } from '@contract/learning';
import { activityEvent } from '../activity/activity-event';
import type { PersonDoc } from '../domain/documents';
import type { LearningPathDoc } from '../domain/learning/learning-documents';
import { markQuiz, pathProgress, progressId, recordAttempt } from '../domain/learning/learning-progress';
import type { Repositories } from '../store/repositories';
import { isVisibleTo } from './learning-views';

export type CompletionRefusal = 'not-found' | 'answers-incomplete';

export type CompletionOutcome =
  | { ok: true; path: LearningPathDoc; completion: ModuleCompletion }
  | { ok: false; reason: CompletionRefusal };

/**
 * An attempt at a module, from the tab or from a card in chat: the quiz is marked, the latest answers kept, and
 * a module (then a path) completed for the first time is recorded as activity, which earns its points and badges.
 * Decided under the progress document's ETag, so of concurrent attempts exactly one completes.
 */
export async function completeModule(
  repositories: Pick<Repositories, 'learningPaths' | 'learningProgress' | 'activity'>,
  person: PersonDoc,
  moduleId: string,
  answers: readonly QuizAnswer[],
  now: Date,
): Promise<CompletionOutcome> {
  const path = await repositories.learningPaths.withModule(person.tenantId, moduleId);
  const module = path?.modules.find((candidate) => candidate.id === moduleId);
  if (!path || !module || !isVisibleTo(path, person)) return { ok: false, reason: 'not-found' };
  let marking: QuizMarking | undefined;
  if (module.quiz.length > 0) {
    const marked = markQuiz(module, answers);
    if (marked === 'incomplete') return { ok: false, reason: 'answers-incomplete' };
    marking = marked;
  }
  const at = now.toISOString();
  await repositories.learningProgress.start(path, person.id, at);
  let moduleDoneNow = false;
  let pathDoneNow = false;
  const progress = await repositories.learningProgress.update(
    person.tenantId,
    progressId(path.id, person.id),
    (current) => {
      const next = recordAttempt(current, path, moduleId, { answers, marking }, at);
      moduleDoneNow = next.completed.length > current.completed.length;
      pathDoneNow = next.completedAt !== undefined && current.completedAt === undefined;
      return next;
    },
  );
  if (moduleDoneNow) {
    await repositories.activity.record(
      activityEvent(person, 'learning.module', now, { subjectId: moduleId }),
    );
  }
  if (pathDoneNow) {
    await repositories.activity.record(activityEvent(person, 'learning.path', now, { subjectId: path.id }));
  }
  return {
    ok: true,
    path,
    completion: {
      pathId: path.id,
      moduleId,
      completed: progress?.completed.some((entry) => entry.moduleId === moduleId) ?? false,
      ...(marking ? { quiz: marking } : {}),
      progress: pathProgress(path, progress),
      pathCompleted: progress?.completedAt !== undefined,
    },
  };
}
