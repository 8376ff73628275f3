/**
 * At most `cap` nudges per person over the last seven days. Rule nudges stop at the cap; what a manager
 * writes and digests a person chose do not, but a manager's nudges count towards it.
 */
export class WeeklyCap {
  private readonly counts: Map<string, number>;

  constructor(
    private readonly cap: number,
    receivedThisWeek: ReadonlyMap<string, number>,
  ) {
    this.counts = new Map(receivedThisWeek);
  }

  allows(personId: string): boolean {
    return (this.counts.get(personId) ?? 0) < this.cap;
  }

  /** Counts a nudge just planned, so one run never plans more than the cap allows. */
  take(personId: string): void {
    this.counts.set(personId, (this.counts.get(personId) ?? 0) + 1);
  }
}
