import type { PointsRules } from '@contract/challenges';
import type { ActivityEventDoc, PointsEntryDoc, StandingDoc } from './documents';
import { basePoints } from './points-rules';

export type Counts = StandingDoc['counts'];
export const noCounts: Counts = { shares: 0, clicks: 0, pollVotes: 0, proposals: 0, modules: 0, paths: 0 };

/** Which counter an activity type adds to; undefined for activity that is not a contribution. */
export function countOf(type: ActivityEventDoc['type']): keyof Counts | undefined {
  switch (type) {
    case 'share':
      return 'shares';
    case 'click':
      return 'clicks';
    case 'poll.vote':
      return 'pollVotes';
    case 'proposal':
      return 'proposals';
    case 'learning.module':
      return 'modules';
    case 'learning.path':
      return 'paths';
    default:
      return undefined;
  }
}

const clickKey = (event: ActivityEventDoc) =>
  `${event.at.slice(0, 10)}|${event.itemId ?? event.subjectId ?? ''}`;

export interface Credit {
  entries: PointsEntryDoc[];
  /** The person's click tally after these events, keeping only today's and yesterday's keys. */
  clickTally: Record<string, number>;
}

/**
 * The ledger entries one person's events earn, in the order they happened. Clicks count up to the cap per item
 * per UTC day, the tally carried over from earlier batches; clicks past the cap and events worth nothing
 * write no entry. (Self-clicks never reach the activity log, so they earn nothing.)
 */
export function creditEvents(
  events: readonly ActivityEventDoc[],
  rules: PointsRules,
  previousTally: Record<string, number>,
  batchId: string,
): Credit {
  const tally = { ...previousTally };
  const entries: PointsEntryDoc[] = [];
  for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) {
    if (countOf(event.type) === undefined) continue;
    if (event.type === 'click') {
      const key = clickKey(event);
      const counted = tally[key] ?? 0;
      if (counted >= rules.clickCapPerItemPerDay) continue;
      tally[key] = counted + 1;
    }
    entries.push({
      id: event.id,
      tenantId: event.tenantId,
      personId: event.personId,
      groupIds: event.groupIds,
      type: event.type,
      points: basePoints(event.type, rules),
      at: event.at,
      batchId,
      ...(event.campaignId ? { campaignId: event.campaignId } : {}),
      ...(event.itemId ? { itemId: event.itemId } : {}),
    });
  }
  return { entries, clickTally: recentOnly(tally, events) };
}

/** Tallies of days before the latest event's eve are of no further use: the cap is per day. */
function recentOnly(
  tally: Record<string, number>,
  events: readonly ActivityEventDoc[],
): Record<string, number> {
  const latest = events.reduce((max, event) => (event.at > max ? event.at : max), '');
  if (!latest) return tally;
  const eve = new Date(Date.parse(latest) - 86_400_000).toISOString().slice(0, 10);
  return Object.fromEntries(Object.entries(tally).filter(([key]) => key.slice(0, 10) >= eve));
}

/** Adds entries to counters and points. */
export function addEntries(
  totals: { points: number; counts: Counts },
  entries: readonly PointsEntryDoc[],
): { points: number; counts: Counts } {
  // Counters added since a standing was written start from zero.
  const counts = { ...noCounts, ...totals.counts };
  let points = totals.points;
  for (const entry of entries) {
    const counter = countOf(entry.type);
    if (counter) counts[counter] += 1;
    points += entry.points;
  }
  return { points, counts };
}
