/** A bar's width in percent of the largest value, at least 2 % so a small non-zero value stays visible. */
export function barWidth(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}
