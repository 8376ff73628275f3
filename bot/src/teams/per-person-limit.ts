/** People tracked before those with nothing booked in the window are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * At most `perWindow` notifications per person in any `windowMs` (Microsoft asks for no more than 10 a minute
 * in a person's activity feed): each one is booked, and told the instant it may go, now or later.
 */
export class PerPersonLimit {
  private readonly booked = new Map<string, number[]>();

  constructor(
    private readonly perWindow = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** `now` is the caller's, so that people booked together at the same time go in the same call. */
  book(personId: string, now: number): number {
    if (this.booked.size > SWEEP_ABOVE) this.sweep(now);
    const times = (this.booked.get(personId) ?? []).filter((time) => time > now - this.windowMs);
    const blocking = times[times.length - this.perWindow];
    const at = blocking === undefined ? now : Math.max(now, blocking + this.windowMs);
    times.push(at);
    this.booked.set(personId, times);
    return at;
  }

  private sweep(now: number): void {
    for (const [personId, times] of this.booked) {
      if (times.every((time) => time <= now - this.windowMs)) this.booked.delete(personId);
    }
  }
}
