import type { PollStatus, PollTally } from '@contract/polls';
import type { PollDoc } from './documents';
import type { VoteRefusal } from './poll-vote';

/** What one person's poll card shows: the poll, their choice, the results when they may see them. */
export interface PollView {
  poll: Pick<PollDoc, 'id' | 'question' | 'options' | 'choice' | 'anonymous' | 'closesAt'>;
  status: PollStatus;
  /** The options this person chose, when they voted. */
  myChoice?: string[];
  results?: PollTally;
  /** Why their last attempt was refused, to say so on the card. */
  refusal?: VoteRefusal;
}
