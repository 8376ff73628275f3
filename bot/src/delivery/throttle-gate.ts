import { backoffDelayMs } from './backoff';

/** 429s in a row (no success between them) after which all sending pauses, not only the throttled delivery. */
const PAUSE_AFTER_THROTTLES = 3;

/**
 * The global "throttled until" (as in Microsoft's Company Communicator): a single 429 delays its own delivery
 * by its Retry-After; repeated ones mean the tenant's budget is spent, and every send waits. Time is passed in.
 */
export class ThrottleGate {
  private throttlesInARow = 0;
  private pausedUntilMs = 0;

  constructor(private readonly random: () => number) {}

  /** Records a 429 and returns how long its delivery waits before another attempt. */
  throttled(nowMs: number, retryAfterMs: number | undefined): number {
    this.throttlesInARow++;
    const backoff = backoffDelayMs(this.throttlesInARow, this.random);
    const delay = retryAfterMs ?? backoff;
    if (this.throttlesInARow >= PAUSE_AFTER_THROTTLES) {
      this.pausedUntilMs = Math.max(this.pausedUntilMs, nowMs + Math.max(delay, backoff));
    }
    return delay;
  }

  succeeded(): void {
    this.throttlesInARow = 0;
  }

  /** No send before this instant. */
  get pausedUntil(): number {
    return this.pausedUntilMs;
  }
}
