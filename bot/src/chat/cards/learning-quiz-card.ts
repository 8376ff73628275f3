import type { QuizMarking } from '@contract/learning';
import { QUIZ_ANSWER_INPUT_PREFIX } from '@contract/learning';
import type { Locale } from '@contract/locale';
import type { LearningModuleDoc, LearningPathDoc } from '../../domain/learning/learning-documents';
import { learningMessagesFor } from '../learning-messages';
import { fill } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

export const LEARNING_QUIZ_VERB = 'learning.quiz';

/** One module's quiz for one person, and how their latest answer went. */
export interface QuizCardView {
  path: Pick<LearningPathDoc, 'title' | 'modules'>;
  module: LearningModuleDoc;
  /** Completed before this card was answered. */
  completed: boolean;
  /** The answer just given, when the card answers a press. */
  attempt?: {
    answers: Record<string, string>;
    marking: QuizMarking | undefined;
    progress: number;
    pathCompleted: boolean;
  };
  /** Why the press changed nothing. */
  refusal?: 'answers-incomplete' | 'not-ambassador';
}

/**
 * A module's quiz as a card: a link to read the module in the tab, each question as a choice, and the answer
 * checked by `Action.Execute`; the card that comes back says how it went, kindly, and lets the person try again.
 */
export function buildQuizCard(
  view: QuizCardView,
  reader: { locale: Locale; moduleUrl: string },
): AdaptiveCard {
  const { locale } = reader;
  const m = learningMessagesFor(locale);
  const { path, module, attempt, refusal } = view;
  const passed = attempt !== undefined && (attempt.marking?.passed ?? true);
  const body: AdaptiveCard['body'] = [
    title(module.title[locale]),
    {
      ...paragraph(
        fill(m.position, {
          path: path.title[locale],
          position: path.modules.findIndex((candidate) => candidate.id === module.id) + 1,
          total: path.modules.length,
        }),
      ),
      isSubtle: true,
    },
  ];
  const say = (text: string) => body.push({ ...paragraph(text), weight: 'Bolder' });
  if (refusal) say(refusal === 'not-ambassador' ? m.notAmbassador : m.incomplete);
  if (attempt && passed)
    say(attempt.pathCompleted ? m.pathCompleted : fill(m.completed, { progress: attempt.progress }));
  if (attempt?.marking && !passed) {
    const wrong = module.quiz.filter((question) => attempt.marking?.wrongQuestionIds.includes(question.id));
    say(
      fill(m.notYet, {
        correct: attempt.marking.correct,
        total: attempt.marking.total,
        questions: wrong.map((question) => `“${question.question[locale]}”`).join(', '),
      }),
    );
  }
  if (!attempt && view.completed) body.push(paragraph(m.alreadyDone));
  const read = { type: 'Action.OpenUrl' as const, title: m.openModule, url: reader.moduleUrl };
  if (passed) return adaptiveCard(body, [read]);

  body.push(paragraph(module.quiz.length > 0 ? m.readFirst : m.readNoQuiz));
  for (const question of module.quiz) {
    const chosen = attempt?.answers[question.id];
    body.push({
      type: 'Input.ChoiceSet',
      id: `${QUIZ_ANSWER_INPUT_PREFIX}${question.id}`,
      label: question.question[locale],
      style: 'expanded',
      isRequired: true,
      errorMessage: m.chooseError,
      choices: question.options.map((option) => ({ title: option.label[locale], value: option.id })),
      ...(chosen ? { value: chosen } : {}),
    });
  }
  return adaptiveCard(body, [
    {
      type: 'Action.Execute',
      verb: LEARNING_QUIZ_VERB,
      title: module.quiz.length > 0 ? m.check : m.markDone,
      data: { moduleId: module.id },
    },
    read,
  ]);
}

/** The card for a press on a module that was removed, or is not for this person. */
export function buildMissingQuizCard(locale: Locale): AdaptiveCard {
  return adaptiveCard([paragraph(learningMessagesFor(locale).missing)]);
}
