import type { Localized, StandingDoc } from './documents';
import { noCounts } from './points-ledger';

export const PROGRAMME_SCOPE = 'programme';

export function standingId(scope: string, kind: StandingDoc['kind'], subjectId: string): string {
  return `${scope}|${kind}|${subjectId}`;
}

/** How many batch ids a standing remembers: far more than the projection job can hand again after a crash. */
const REMEMBERED_BATCHES = 50;

export function emptyStanding(
  tenantId: string,
  scope: string,
  kind: StandingDoc['kind'],
  subjectId: string,
  at: string,
): StandingDoc {
  return {
    id: standingId(scope, kind, subjectId),
    tenantId,
    scope,
    kind,
    subjectId,
    points: 0,
    counts: noCounts,
    appliedBatches: [],
    updatedAt: at,
  };
}

export function hasApplied(standing: StandingDoc, batchId: string): boolean {
  return standing.appliedBatches.includes(batchId);
}

export function markApplied(standing: StandingDoc, batchId: string, at: string): StandingDoc {
  return {
    ...standing,
    appliedBatches: [...standing.appliedBatches, batchId].slice(-REMEMBERED_BATCHES),
    updatedAt: at,
  };
}

/** Competition ranking ("1, 2, 2, 4"): equal points share a rank. Expects items in descending order of points. */
export function ranked<T>(items: readonly T[], pointsOf: (item: T) => number): { item: T; rank: number }[] {
  const result: { item: T; rank: number }[] = [];
  for (const [index, item] of items.entries()) {
    const previous = result.at(-1);
    const rank = previous && pointsOf(previous.item) === pointsOf(item) ? previous.rank : index + 1;
    result.push({ item, rank });
  }
  return result;
}

export interface GroupTotal {
  groupId: string;
  name: Localized;
  points: number;
  members: number;
}

/**
 * Groups are ranked by points per ambassador member, not by total: a pilot team of 8 can beat a plant of 400,
 * which keeps small groups in the race. Ties go to the larger total. A group without ambassadors ranks last.
 */
export function rankGroups(
  groups: readonly GroupTotal[],
): (GroupTotal & { rank: number; pointsPerMember: number })[] {
  const perMember = (group: GroupTotal) => (group.members > 0 ? group.points / group.members : 0);
  const sorted = [...groups].sort((a, b) => perMember(b) - perMember(a) || b.points - a.points);
  return ranked(sorted, (group) => Math.round(perMember(group) * 100)).map(({ item, rank }) => ({
    ...item,
    rank,
    pointsPerMember: Math.round(perMember(item) * 10) / 10,
  }));
}
