import type { PollTally } from '@contract/polls';
import type { PollDoc, VoteDoc } from './documents';
import { pollStatus } from './poll';

/** Counts from the votes themselves (one document per voter), so the tally is exact however votes raced. */
export function tallyVotes(poll: Pick<PollDoc, 'options'>, votes: Pick<VoteDoc, 'optionIds'>[]): PollTally {
  const counts = new Map(poll.options.map((option) => [option.id, 0]));
  for (const vote of votes) {
    for (const optionId of vote.optionIds) {
      const count = counts.get(optionId);
      if (count !== undefined) counts.set(optionId, count + 1);
    }
  }
  return {
    voters: votes.length,
    options: poll.options.map((option) => ({ optionId: option.id, votes: counts.get(option.id) ?? 0 })),
  };
}

/** Whether an ambassador sees the results on their card now; managers always see them in the tab. */
export function canSeeResults(poll: PollDoc, hasVoted: boolean, now: Date): boolean {
  switch (poll.resultsVisibility) {
    case 'after-vote':
      return hasVoted || pollStatus(poll, now) === 'closed';
    case 'after-close':
      return pollStatus(poll, now) === 'closed';
    case 'managers':
      return false;
  }
}

/** A share of the voters, rounded to a whole percent; 0 when nobody voted. */
export function percentOf(votes: number, voters: number): number {
  return voters === 0 ? 0 : Math.round((votes / voters) * 100);
}
