import { READINESS_SCALE_MAX, readinessDimensions, readinessQuestions } from '@contract/readiness';
import type { DimensionScore, ReadinessAnswers } from '@contract/readiness';

/** A mean of 0–4 answers as a whole percentage, or null when there is nothing to average. */
function percentOf(values: readonly number[], max: number): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.round((mean / max) * 100);
}

/**
 * Each dimension's score: the mean of its statements' answers as a percentage of "fully", statements that do not
 * apply left out (a dimension none of whose statements applies has no score), in the order of the dimensions.
 */
export function dimensionScores(answers: ReadinessAnswers): DimensionScore[] {
  return readinessDimensions.map((dimension) => {
    const values = readinessQuestions
      .filter((question) => question.dimension === dimension)
      .map((question) => answers[question.id])
      .filter((value): value is number => value !== null);
    return { dimension, score: percentOf(values, READINESS_SCALE_MAX) };
  });
}

/** The mean of the dimensions that have a score: each condition of success weighs the same. */
export function overallScore(scores: readonly DimensionScore[]): number | null {
  const scored = scores.map(({ score }) => score).filter((score): score is number => score !== null);
  return percentOf(scored, 100);
}
