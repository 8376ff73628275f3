import type { DiagnosticScores, ReadinessDimension } from '@contract/readiness';

export interface ScoreRow {
  dimension: ReadinessDimension;
  score: number | null;
  /** The previous take's score; undefined when there is no previous take. */
  previous: number | null | undefined;
  /** Points gained (negative: lost) since the previous take; null when either take has no score. */
  change: number | null;
}

/** Each dimension of the latest take beside the take before it, in the order of the dimensions. */
export function scoreComparison(
  latest: DiagnosticScores,
  previous: DiagnosticScores | undefined,
): ScoreRow[] {
  return latest.scores.map(({ dimension, score }) => {
    const before = previous?.scores.find((entry) => entry.dimension === dimension)?.score;
    const change = score !== null && before !== undefined && before !== null ? score - before : null;
    return { dimension, score, previous: previous ? (before ?? null) : undefined, change };
  });
}
