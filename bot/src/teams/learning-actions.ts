import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { toLocale } from '@contract/locale';
import type { QuizCardActions } from '../learning/quiz-card-actions';
import { buildMissingQuizCard, buildQuizCard, LEARNING_QUIZ_VERB } from '../chat/cards/learning-quiz-card';
import { learningModulePage } from '../chat/tab-deep-link';
import type { TabPage } from '../chat/tab-deep-link';
import { tenantIdOf } from './bot-person';

/** The quiz card's `Action.Execute`: the answer is the card that replaces the person's copy. */
export function registerLearningActions(
  app: Application,
  actions: QuizCardActions,
  tabDeepLink: (page: TabPage) => string,
): void {
  app.adaptiveCards.actionExecute(LEARNING_QUIZ_VERB, async (context: TurnContext, _state, data) => {
    const { activity } = context;
    const taker = { tenantId: tenantIdOf(activity) ?? '', personId: activity.from.aadObjectId ?? '' };
    const outcome = await actions.answer(taker, data);
    if (!outcome.found) return buildMissingQuizCard(toLocale(activity.locale));
    return buildQuizCard(outcome.view, {
      locale: outcome.locale,
      moduleUrl: tabDeepLink(learningModulePage(outcome.view.module.id)),
    });
  });
}
