export type Trend = 'up' | 'down' | 'flat';

export interface Comparison {
  trend: Trend;
  /** Relative change (0.25 for +25 %); undefined when there was nothing before to compare with. */
  change: number | undefined;
}

/** How a figure moved since the previous period of the same length. */
export function compareWithPrevious(current: number, previous: number): Comparison {
  const trend: Trend = current > previous ? 'up' : current < previous ? 'down' : 'flat';
  return { trend, change: previous === 0 ? undefined : (current - previous) / Math.abs(previous) };
}
