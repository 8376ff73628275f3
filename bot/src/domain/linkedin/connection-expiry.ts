import type { ConnectionStatus } from '@contract/connections';

const DAY_MS = 86_400_000;
/** The person hears that their connection lapses this long before it does. */
export const EXPIRY_NUDGE_LEAD_MS = 7 * DAY_MS;

/** When a token answered now lapses: LinkedIn gives its lifetime in seconds (`expires_in`). */
export function expiresAtFrom(now: Date, expiresInSeconds: number): string {
  return new Date(now.getTime() + expiresInSeconds * 1000).toISOString();
}

/** What a connection lets the person do now: post (connected), or connect again (expired). */
export function connectionStatus(
  connection: { expiresAt: string; refusedAt?: string } | undefined,
  now: Date,
): ConnectionStatus {
  if (!connection) return 'disconnected';
  return connection.refusedAt !== undefined || Date.parse(connection.expiresAt) <= now.getTime()
    ? 'expired'
    : 'connected';
}

/** A connection still working but lapsing within the week, whose person has not been told yet. */
export function isExpiryNudgeDue(
  connection: { expiresAt: string; refusedAt?: string; expiryNudgedAt?: string },
  now: Date,
): boolean {
  return (
    connectionStatus(connection, now) === 'connected' &&
    connection.expiryNudgedAt === undefined &&
    Date.parse(connection.expiresAt) - now.getTime() <= EXPIRY_NUDGE_LEAD_MS
  );
}
