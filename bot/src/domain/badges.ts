import type { BadgeId } from '@contract/challenges';
import type { Counts } from './points-ledger';

/** Milestones, in the order people usually reach them: a badge is earned once a counter reaches its threshold. */
export const milestones: readonly { id: BadgeId; counter: keyof Counts; threshold: number }[] = [
  { id: 'first-share', counter: 'shares', threshold: 1 },
  { id: 'shares-10', counter: 'shares', threshold: 10 },
  { id: 'shares-50', counter: 'shares', threshold: 50 },
  { id: 'clicks-100', counter: 'clicks', threshold: 100 },
  { id: 'clicks-1000', counter: 'clicks', threshold: 1000 },
  { id: 'polls-5', counter: 'pollVotes', threshold: 5 },
  { id: 'first-proposal', counter: 'proposals', threshold: 1 },
  { id: 'first-path', counter: 'paths', threshold: 1 },
  { id: 'paths-3', counter: 'paths', threshold: 3 },
];

export type Award = { id: BadgeId; awardedAt: string };

/** The badges held after counters changed: those already held keep their date, new ones are dated `at`. */
export function awardMilestones(held: readonly Award[], counts: Counts, at: string): Award[] {
  const have = new Set(held.map((badge) => badge.id));
  const earned = milestones
    .filter((milestone) => !have.has(milestone.id) && counts[milestone.counter] >= milestone.threshold)
    .map((milestone) => ({ id: milestone.id, awardedAt: at }));
  return [...held, ...earned];
}

/** How many people of a challenge are placed as winners (and get the winner's badge). */
export const WINNING_PLACES = 3;
