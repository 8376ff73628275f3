import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import { buildDemoLearningPaths } from '../../demo/demo-learning';
import type { AdaptiveCard } from './adaptive-card';
import { buildMissingQuizCard, buildQuizCard } from './learning-quiz-card';

const path = buildDemoLearningPaths(new Date('2026-12-01T00:00:00Z'))[0]!;
const module = path.modules[1]!;
const reader = { locale: 'en' as const, moduleUrl: 'https://ambassade.example/learning/modules/m' };
const texts = (card: AdaptiveCard) =>
  card.body.map((element) => ('text' in element ? element.text : '')).join('\n');
const choiceSets = (card: AdaptiveCard) => card.body.filter((element) => element.type === 'Input.ChoiceSet');

describe('the quiz card', () => {
  it('asks each question as a required choice, with a way to read the module and to check the answers', () => {
    const card = buildQuizCard({ path, module, completed: false }, { ...reader, locale: 'fr' });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(texts(card)).toContain('Écrire avec ses propres mots');
    expect(texts(card)).toContain('module 2 sur 4');
    expect(choiceSets(card)).toHaveLength(module.quiz.length);
    expect(choiceSets(card)[0]).toMatchObject({
      id: `answer.${module.quiz[0]!.id}`,
      style: 'expanded',
      isRequired: true,
      label: module.quiz[0]!.question.fr,
    });
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        verb: 'learning.quiz',
        title: 'Vérifier mes réponses',
        data: { moduleId: module.id },
      },
      { type: 'Action.OpenUrl', title: 'Lire le module', url: reader.moduleUrl },
    ]);
  });

  it('after a wrong answer, names the questions to look at again and keeps the choices to try again', () => {
    const [first, second] = module.quiz;
    const answers = { [first!.id]: first!.answerId, [second!.id]: 'c' };
    const card = buildQuizCard(
      {
        path,
        module,
        completed: false,
        attempt: {
          answers,
          marking: { passed: false, correct: 1, total: 2, wrongQuestionIds: [second!.id] },
          progress: 0,
          pathCompleted: false,
        },
      },
      reader,
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(texts(card)).toContain(
      `Not quite yet: 1 of 2 answers are right. Have another look at: “${second!.question.en}”`,
    );
    expect(choiceSets(card).map((set) => ('value' in set ? set.value : undefined))).toEqual([
      first!.answerId,
      'c',
    ]);
    expect(card.actions?.[0]).toMatchObject({ verb: 'learning.quiz' });
  });

  it('once passed, says so without the questions, and leads to the module', () => {
    const card = buildQuizCard(
      {
        path,
        module,
        completed: false,
        attempt: {
          answers: {},
          marking: { passed: true, correct: 2, total: 2, wrongQuestionIds: [] },
          progress: 50,
          pathCompleted: false,
        },
      },
      reader,
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(texts(card)).toContain('this module is completed, and you are 50 % through the path');
    expect(choiceSets(card)).toEqual([]);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Read the module', url: reader.moduleUrl },
    ]);
  });

  it('says when the module is gone', () => {
    const card = buildMissingQuizCard('en');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(texts(card)).toBe('This module no longer exists, or is not for you.');
  });
});
