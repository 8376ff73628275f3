import { QUIZ_ANSWER_INPUT_PREFIX, quizCardActionSchema } from '@contract/learning';
import type { QuizAnswer } from '@contract/learning';
import type { Locale } from '@contract/locale';
import type { QuizCardView } from '../chat/cards/learning-quiz-card';
import { progressId } from '../domain/learning/learning-progress';
import type { Repositories } from '../store/repositories';
import { completeModule } from './complete-module';
import { isVisibleTo } from './learning-views';

/** Who presses a quiz card, as the bot knows them from the activity. */
export interface QuizTaker {
  tenantId: string;
  /** Their Entra object id (`from.aadObjectId`): people documents are keyed by it. */
  personId: string;
}

export type QuizCardOutcome = { found: false } | { found: true; locale: Locale; view: QuizCardView };

/**
 * What a quiz card's button does, independent of Teams: the same attempt as in the tab (marking, progress,
 * points), answered as what the card should now show. The Teams layer only turns it into a card.
 */
export class QuizCardActions {
  constructor(
    private readonly repositories: Pick<
      Repositories,
      'people' | 'learningPaths' | 'learningProgress' | 'activity'
    >,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async answer(taker: QuizTaker, data: unknown): Promise<QuizCardOutcome> {
    const action = quizCardActionSchema.safeParse(data);
    if (!action.success) return { found: false };
    const { moduleId } = action.data;
    const [person, path] = await Promise.all([
      this.repositories.people.get(taker.tenantId, taker.personId),
      this.repositories.learningPaths.withModule(taker.tenantId, moduleId),
    ]);
    const module = path?.modules.find((candidate) => candidate.id === moduleId);
    if (!person || !path || !module || !isVisibleTo(path, person)) return { found: false };
    const progress = await this.repositories.learningProgress.get(
      taker.tenantId,
      progressId(path.id, person.id),
    );
    const view: QuizCardView = {
      path,
      module,
      completed: progress?.completed.some((entry) => entry.moduleId === moduleId) ?? false,
    };
    if (person.enrolment.status !== 'ambassador') {
      return { found: true, locale: person.locale, view: { ...view, refusal: 'not-ambassador' } };
    }
    const answers = answersIn(action.data);
    const outcome = await completeModule(this.repositories, person, moduleId, answers, this.clock());
    if (!outcome.ok) {
      return outcome.reason === 'not-found'
        ? { found: false }
        : { found: true, locale: person.locale, view: { ...view, refusal: outcome.reason } };
    }
    const { completion } = outcome;
    return {
      found: true,
      locale: person.locale,
      view: {
        ...view,
        attempt: {
          answers: Object.fromEntries(answers.map((answer) => [answer.questionId, answer.optionId])),
          marking: completion.quiz,
          progress: completion.progress,
          pathCompleted: completion.pathCompleted,
        },
      },
    };
  }
}

/** Each question's choice, as the card's inputs send them (`answer.<questionId>`: the option's id). */
function answersIn(data: Record<string, unknown>): QuizAnswer[] {
  return Object.entries(data).flatMap(([key, value]) =>
    key.startsWith(QUIZ_ANSWER_INPUT_PREFIX) && typeof value === 'string' && value !== ''
      ? [{ questionId: key.slice(QUIZ_ANSWER_INPUT_PREFIX.length), optionId: value }]
      : [],
  );
}
