import type { NudgeKind } from '../documents';

/**
 * Rule nudges have ids that name their reason, so that writing one twice is the same document: a rule never
 * fires twice for one reason, on any instance, after any crash. Each id starts with its kind.
 */
export const ruleNudgeId = {
  launch: (campaignId: string) => `launch:${campaignId}`,
  newContent: (itemId: string) => `new-content:${itemId}`,
  reminder: (campaignId: string) => `reminder:${campaignId}`,
  /** One per day: who was re-engaged when is read from these documents (see `lastReengagedAt`). */
  reEngagement: (now: Date) => `re-engagement:${utcDay(now)}`,
  dailyDigest: (now: Date) => `digest:${utcDay(now)}`,
  weeklyDigest: (now: Date) => `digest:${isoWeek(now)}`,
  /** One per day; each connection is reminded once, as its document records (`expiryNudgedAt`). */
  linkedInExpiry: (now: Date) => `linkedin-expiry:${utcDay(now)}`,
  /** One per day; each person's onboarding progress records that they were told (`stallNudgedAt`). */
  learningStalled: (now: Date) => `learning-stalled:${utcDay(now)}`,
};

/** The kind of nudge a delivery belongs to, from its message id; authored nudges have plain uuids. */
export function nudgeKindOf(nudgeId: string): NudgeKind {
  const separator = nudgeId.indexOf(':');
  if (separator === -1) return 'custom';
  const prefix = nudgeId.slice(0, separator);
  const kinds: NudgeKind[] = [
    'launch',
    'new-content',
    'reminder',
    're-engagement',
    'digest',
    'linkedin-expiry',
    'learning-stalled',
  ];
  return kinds.find((kind) => kind === prefix) ?? 'custom';
}

/**
 * Digests are what a person chose to receive, and a lapsing LinkedIn connection is about their own account, not an
 * invitation to share: neither counts towards nor stops at the weekly cap.
 */
export function countsTowardsCap(nudgeId: string): boolean {
  const kind = nudgeKindOf(nudgeId);
  return kind !== 'digest' && kind !== 'linkedin-expiry';
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** ISO 8601 week of a UTC instant, e.g. `2026-W48`: weeks start on Monday; week 1 holds the first Thursday. */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the ISO week holding `at`. */
export function startOfIsoWeek(at: Date): Date {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() || 7) - 1));
  return day;
}
