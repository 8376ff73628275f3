import type { DeliveryStatus } from '../domain/documents';

/**
 * When a message's deliveries should be done: what is left, at the tenant's send rate, from now. Optimistic
 * when other messages share the rate or recipients are in their quiet hours; undefined once nothing is left.
 */
export function estimateFinish(
  progress: Record<DeliveryStatus, number>,
  ratePerSecond: number,
  now: Date,
): Date | undefined {
  const remaining = progress.pending + progress.sending;
  if (remaining === 0) return undefined;
  return new Date(now.getTime() + Math.ceil((remaining * 1000) / ratePerSecond));
}
