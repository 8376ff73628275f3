import type { QuizAnswer, QuizMarking } from '@contract/learning';
import type { LearningModuleDoc, LearningPathDoc, LearningProgressDoc } from './learning-documents';

export function progressId(pathId: string, personId: string): string {
  return `${pathId}:${personId}`;
}

export function startProgress(
  path: Pick<LearningPathDoc, 'id' | 'tenantId'>,
  personId: string,
  at: string,
): LearningProgressDoc {
  return {
    id: progressId(path.id, personId),
    tenantId: path.tenantId,
    pathId: path.id,
    personId,
    completed: [],
    attempts: [],
    startedAt: at,
    updatedAt: at,
  };
}

/** Modules done in percent of the path's current modules, rounded down: 100 only when all are done. */
export function pathProgress(
  path: Pick<LearningPathDoc, 'modules'>,
  progress: Pick<LearningProgressDoc, 'completed'> | undefined,
): number {
  if (path.modules.length === 0) return 0;
  const done = new Set(progress?.completed.map((entry) => entry.moduleId));
  const completed = path.modules.filter((module) => done.has(module.id)).length;
  return Math.floor((completed * 100) / path.modules.length);
}

/**
 * Marks a quiz: every question must be answered once with one of its options, or the answers are
 * `incomplete` (a client error, unlike a wrong answer).
 */
export function markQuiz(
  module: Pick<LearningModuleDoc, 'quiz'>,
  answers: readonly QuizAnswer[],
): QuizMarking | 'incomplete' {
  const chosen = new Map(answers.map((answer) => [answer.questionId, answer.optionId]));
  if (chosen.size !== answers.length || chosen.size !== module.quiz.length) return 'incomplete';
  const wrongQuestionIds: string[] = [];
  for (const question of module.quiz) {
    const optionId = chosen.get(question.id);
    if (!question.options.some((option) => option.id === optionId)) return 'incomplete';
    if (optionId !== question.answerId) wrongQuestionIds.push(question.id);
  }
  const total = module.quiz.length;
  return {
    passed: wrongQuestionIds.length === 0,
    correct: total - wrongQuestionIds.length,
    total,
    wrongQuestionIds,
  };
}

/**
 * The progress after an attempt at a module: its quiz's answers are kept (the latest per module); the module is
 * completed when it has no quiz or the quiz passed, and the path when every module is. Completing again changes
 * nothing but the latest answers.
 */
export function recordAttempt(
  progress: LearningProgressDoc,
  path: Pick<LearningPathDoc, 'modules'>,
  moduleId: string,
  attempt: { answers: readonly QuizAnswer[]; marking: QuizMarking | undefined },
  at: string,
): LearningProgressDoc {
  const { answers, marking } = attempt;
  const attempts = marking
    ? [
        ...progress.attempts.filter((previous) => previous.moduleId !== moduleId),
        {
          moduleId,
          at,
          answers: Object.fromEntries(answers.map((answer) => [answer.questionId, answer.optionId])),
          passed: marking.passed,
        },
      ]
    : progress.attempts;
  const alreadyDone = progress.completed.some((entry) => entry.moduleId === moduleId);
  const completes = !alreadyDone && (marking?.passed ?? true);
  const completed = completes ? [...progress.completed, { moduleId, at }] : progress.completed;
  const next = { ...progress, attempts, completed, updatedAt: at };
  return !next.completedAt && pathProgress(path, next) === 100 ? { ...next, completedAt: at } : next;
}
