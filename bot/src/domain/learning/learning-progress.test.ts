import { describe, expect, it } from 'vitest';
import type { LearningModuleDoc } from './learning-documents';
import { markQuiz, pathProgress, recordAttempt, startProgress } from './learning-progress';

const text = (en: string) => ({ fr: en, en });
const question = (id: string, answerId: string) => ({
  id,
  question: text(id),
  options: ['a', 'b', 'c'].map((option) => ({ id: option, label: text(option) })),
  answerId,
});
const reading: LearningModuleDoc = { id: 'm1', title: text('Read'), body: text('…'), quiz: [] };
const quizzed: LearningModuleDoc = {
  id: 'm2',
  title: text('Quiz'),
  body: text('…'),
  quiz: [question('q1', 'a'), question('q2', 'c')],
};
const path = { id: 'path-1', tenantId: 't', modules: [reading, quizzed, { ...reading, id: 'm3' }] };
const AT = '2026-12-01T10:00:00.000Z';
const LATER = '2026-12-02T10:00:00.000Z';

describe('markQuiz', () => {
  it('passes when every answer is right, and names the wrong ones otherwise', () => {
    const right = [
      { questionId: 'q1', optionId: 'a' },
      { questionId: 'q2', optionId: 'c' },
    ];
    expect(markQuiz(quizzed, right)).toEqual({ passed: true, correct: 2, total: 2, wrongQuestionIds: [] });
    expect(markQuiz(quizzed, [right[0]!, { questionId: 'q2', optionId: 'b' }])).toEqual({
      passed: false,
      correct: 1,
      total: 2,
      wrongQuestionIds: ['q2'],
    });
  });

  it('refuses answers missing a question, answering one twice, or naming an option the question lacks', () => {
    expect(markQuiz(quizzed, [{ questionId: 'q1', optionId: 'a' }])).toBe('incomplete');
    expect(
      markQuiz(quizzed, [
        { questionId: 'q1', optionId: 'a' },
        { questionId: 'q1', optionId: 'b' },
      ]),
    ).toBe('incomplete');
    expect(
      markQuiz(quizzed, [
        { questionId: 'q1', optionId: 'a' },
        { questionId: 'q2', optionId: 'z' },
      ]),
    ).toBe('incomplete');
    expect(
      markQuiz(quizzed, [
        { questionId: 'q1', optionId: 'a' },
        { questionId: 'q9', optionId: 'a' },
      ]),
    ).toBe('incomplete');
  });
});

describe('pathProgress', () => {
  it('counts the path’s current modules only, rounded down, and nothing for an empty path', () => {
    expect(pathProgress(path, undefined)).toBe(0);
    expect(pathProgress(path, { completed: [{ moduleId: 'm1', at: AT }] })).toBe(33);
    expect(
      pathProgress(path, {
        completed: [
          { moduleId: 'm1', at: AT },
          { moduleId: 'removed', at: AT },
        ],
      }),
    ).toBe(33);
    expect(pathProgress({ modules: [] }, undefined)).toBe(0);
  });
});

describe('recordAttempt', () => {
  const fresh = startProgress(path, 'person-1', AT);
  const wrong = { passed: false, correct: 1, total: 2, wrongQuestionIds: ['q2'] };
  const right = { passed: true, correct: 2, total: 2, wrongQuestionIds: [] };
  const answers = [
    { questionId: 'q1', optionId: 'a' },
    { questionId: 'q2', optionId: 'b' },
  ];

  it('completes a module without a quiz by reading it, once', () => {
    const once = recordAttempt(fresh, path, 'm1', { answers: [], marking: undefined }, AT);
    expect(once.completed).toEqual([{ moduleId: 'm1', at: AT }]);
    const twice = recordAttempt(once, path, 'm1', { answers: [], marking: undefined }, LATER);
    expect(twice.completed).toEqual([{ moduleId: 'm1', at: AT }]);
  });

  it('keeps a failed quiz’s answers without completing the module, and the latest attempt only', () => {
    const failed = recordAttempt(fresh, path, 'm2', { answers, marking: wrong }, AT);
    expect(failed.completed).toEqual([]);
    expect(failed.attempts).toEqual([
      { moduleId: 'm2', at: AT, answers: { q1: 'a', q2: 'b' }, passed: false },
    ]);
    const passed = recordAttempt(failed, path, 'm2', { answers, marking: right }, LATER);
    expect(passed.completed).toEqual([{ moduleId: 'm2', at: LATER }]);
    expect(passed.attempts).toHaveLength(1);
    expect(passed.attempts[0]).toMatchObject({ at: LATER, passed: true });
  });

  it('dates the path’s completion when the last module is done, and keeps that date', () => {
    let progress = recordAttempt(fresh, path, 'm1', { answers: [], marking: undefined }, AT);
    progress = recordAttempt(progress, path, 'm2', { answers, marking: right }, AT);
    expect(progress.completedAt).toBeUndefined();
    progress = recordAttempt(progress, path, 'm3', { answers: [], marking: undefined }, AT);
    expect(progress.completedAt).toBe(AT);
    expect(recordAttempt(progress, path, 'm2', { answers, marking: wrong }, LATER).completedAt).toBe(AT);
  });
});
