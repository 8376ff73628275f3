import type { LeadersParticipation } from '@contract/leaders';
import type { PersonDoc } from '../documents';
import { localDate } from './calendar';

/** A share event as this figure counts it (a first share of an item on a network): whose, and when. */
export interface LeaderShare {
  personId: string;
  at: string;
}

/**
 * Each leader's shares within the period (inclusive days of `timeZone`), most active first, then by name; and
 * how many shared at least once. Leaders without a share are listed too: whom to encourage is the point.
 */
export function leadersParticipation(
  leaders: readonly PersonDoc[],
  shares: readonly LeaderShare[],
  period: { from: string; to: string; timeZone: string },
): LeadersParticipation {
  const counts = new Map<string, number>();
  for (const share of shares) {
    const day = localDate(share.at, period.timeZone);
    if (day < period.from || day > period.to) continue;
    counts.set(share.personId, (counts.get(share.personId) ?? 0) + 1);
  }
  const rows = leaders
    .filter((person) => person.leader)
    .map((person) => ({
      id: person.id,
      displayName: person.displayName,
      title: person.leader?.title ?? '',
      shares: counts.get(person.id) ?? 0,
    }))
    .sort((a, b) => b.shares - a.shares || a.displayName.localeCompare(b.displayName));
  return {
    period: { from: period.from, to: period.to },
    leaders: rows,
    sharing: rows.filter((row) => row.shares > 0).length,
  };
}
