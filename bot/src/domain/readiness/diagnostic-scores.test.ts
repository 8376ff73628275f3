import { describe, expect, it } from 'vitest';
import { readinessDimensions, readinessQuestions } from '@contract/readiness';
import type { ReadinessAnswers } from '@contract/readiness';
import { dimensionScores, overallScore } from './diagnostic-scores';

/** Every statement answered alike, then some answered otherwise. */
function answers(all: number, some: Partial<ReadinessAnswers> = {}): ReadinessAnswers {
  return {
    ...(Object.fromEntries(readinessQuestions.map(({ id }) => [id, all])) as ReadinessAnswers),
    ...some,
  };
}

const scoreOf = (scores: ReturnType<typeof dimensionScores>, dimension: string) =>
  scores.find((entry) => entry.dimension === dimension)?.score;

describe('dimensionScores', () => {
  it('scores every dimension, in the order of the method', () => {
    expect(dimensionScores(answers(2)).map(({ dimension }) => dimension)).toEqual([...readinessDimensions]);
  });

  it('is the mean of the dimension’s answers as a share of "fully", rounded', () => {
    const scores = dimensionScores(answers(0, { 'objectives-defined': 4, 'objectives-kpis': 1 }));
    expect(scoreOf(scores, 'objectives')).toBe(63); // (4 + 1) / 2 / 4 = 62.5 %
    expect(scoreOf(scores, 'charter')).toBe(0);
    expect(scoreOf(dimensionScores(answers(4)), 'charter')).toBe(100);
  });

  it('weighs each statement of a dimension the same, however many it has', () => {
    const scores = dimensionScores(
      answers(0, { 'sponsorship-example': 4, 'sponsorship-case': 4, 'sponsorship-trust': 1 }),
    );
    expect(scoreOf(scores, 'sponsorship')).toBe(75); // 9 / 3 / 4
  });

  it('leaves out the statements that do not apply, and scores nothing where none applies', () => {
    const listedOnly = dimensionScores(
      answers(3, { 'constraints-listed': 1, 'constraints-regulated': null }),
    );
    expect(scoreOf(listedOnly, 'constraints')).toBe(25);
    const neither = dimensionScores(
      answers(3, { 'constraints-listed': null, 'constraints-regulated': null }),
    );
    expect(scoreOf(neither, 'constraints')).toBeNull();
  });
});

describe('overallScore', () => {
  it('is the mean of the scored dimensions, those without a score left out', () => {
    expect(
      overallScore([
        { dimension: 'objectives', score: 50 },
        { dimension: 'charter', score: 75 },
        { dimension: 'constraints', score: null },
      ]),
    ).toBe(63);
  });

  it('is null when no dimension has a score', () => {
    expect(overallScore([{ dimension: 'constraints', score: null }])).toBeNull();
  });
});
