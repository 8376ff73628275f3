/** People tracked before those with nothing sent in the window are forgotten. */
const SWEEP_ABOVE = 10_000;

/**
 * At most `perWindow` notifications per person in any `windowMs` (Microsoft asks for no more than 10 a minute
 * in a person's activity feed): it says when a person may be notified next, and counts each notification sent.
 */
export class PerPersonLimit {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly perWindow = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** The first instant from `now` on at which this person may be notified. */
  freeAt(personId: string, now: number): number {
    const times = this.recent(personId, now);
    const blocking = times[times.length - this.perWindow];
    return blocking === undefined ? now : Math.max(now, blocking + this.windowMs);
  }

  record(personId: string, at: number): void {
    if (this.sent.size > SWEEP_ABOVE) this.sweep(at);
    this.sent.set(personId, [...this.recent(personId, at), at]);
  }

  private recent(personId: string, now: number): number[] {
    return (this.sent.get(personId) ?? []).filter((time) => time > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const [personId, times] of this.sent) {
      if (times.every((time) => time <= now - this.windowMs)) this.sent.delete(personId);
    }
  }
}
