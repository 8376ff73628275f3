import { describe, expect, it } from 'vitest';
import type { DiagnosticScores } from '@contract/readiness';
import { scoreComparison } from './scoreComparison';

const take = (scores: DiagnosticScores['scores']): DiagnosticScores => ({
  id: 'take',
  takenAt: '2026-12-01T09:00:00.000Z',
  scores,
  overall: null,
});

describe('scoreComparison', () => {
  it('sets each score beside the previous take’s, with the points gained or lost', () => {
    const rows = scoreComparison(
      take([
        { dimension: 'objectives', score: 75 },
        { dimension: 'charter', score: 25 },
      ]),
      take([
        { dimension: 'objectives', score: 50 },
        { dimension: 'charter', score: 50 },
      ]),
    );
    expect(rows).toEqual([
      { dimension: 'objectives', score: 75, previous: 50, change: 25 },
      { dimension: 'charter', score: 25, previous: 50, change: -25 },
    ]);
  });

  it('has no change where either take has no score, and no previous at the first take', () => {
    const latest = take([{ dimension: 'constraints', score: 50 }]);
    expect(scoreComparison(latest, take([{ dimension: 'constraints', score: null }]))).toEqual([
      { dimension: 'constraints', score: 50, previous: null, change: null },
    ]);
    expect(scoreComparison(latest, take([]))).toEqual([
      { dimension: 'constraints', score: 50, previous: null, change: null },
    ]);
    expect(scoreComparison(latest, undefined)).toEqual([
      { dimension: 'constraints', score: 50, previous: undefined, change: null },
    ]);
  });
});
