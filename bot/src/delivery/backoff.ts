export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Transient failures: 1 s, 2 s, 4 s... up to a minute. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/**
 * How long to wait before attempt `failures + 1`: exponential, capped, with "equal jitter" (half fixed, half
 * random) so that deliveries failing together do not all come back together.
 */
export function backoffDelayMs(
  failures: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return exponential / 2 + (random() * exponential) / 2;
}
