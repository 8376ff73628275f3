/** How far a campaign got towards a target: 0.75 for three quarters; undefined when it set none. */
export function targetProgress(actual: number, target: number): number | undefined {
  return target > 0 ? actual / target : undefined;
}
