import { randomUUID } from 'node:crypto';
import { pollCardActionSchema } from '@contract/polls';
import type { PersonDoc, PollDoc } from '../domain/documents';
import { pollStatus } from '../domain/poll';
import { canSeeResults, tallyVotes } from '../domain/poll-tally';
import { decideVote, parseChoice, voteId } from '../domain/poll-vote';
import type { VoteRefusal } from '../domain/poll-vote';
import type { PollView } from '../domain/poll-view';
import type { Repositories } from '../store/repositories';

/** Who acts on a poll card, as the bot knows them from the activity. */
export interface PollVoter {
  tenantId: string;
  /** Their Entra object id (`from.aadObjectId`): people documents are keyed by it. */
  personId: string;
}

export type PollCardOutcome = { found: false } | { found: true; view: PollView; person?: PersonDoc };

/**
 * What the poll card's buttons do, independent of Teams: vote (or change one's vote) and show the poll as this
 * person should see it now. The Teams layer only turns the outcome into a card.
 */
export class PollVoting {
  constructor(
    private readonly repositories: Pick<Repositories, 'polls' | 'votes' | 'people' | 'activity'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async vote(voter: PollVoter, data: unknown): Promise<PollCardOutcome> {
    const action = pollCardActionSchema.safeParse(data);
    if (!action.success) return { found: false };
    const [poll, person] = await this.load(voter, action.data.pollId);
    if (!poll) return { found: false };
    const now = this.clock();
    const decision = person
      ? decideVote(poll, person, parseChoice(action.data.optionIds), now)
      : ({ ok: false, reason: 'not-in-audience' } as const);
    if (!decision.ok) return this.outcome(poll, voter, person, decision.reason);
    const outcome = await this.repositories.votes.cast(decision.vote);
    // A first vote is what counts for points and Insights; changing it is not a new answer.
    if (outcome === 'cast' && person) {
      await this.repositories.activity.record({
        id: randomUUID(),
        tenantId: poll.tenantId,
        type: 'poll.vote',
        at: now.toISOString(),
        personId: person.id,
        groupIds: person.groupIds,
        ...(person.brandId ? { brandId: person.brandId } : {}),
        subjectId: poll.id,
      });
    }
    return this.outcome(poll, voter, person);
  }

  async show(voter: PollVoter, data: unknown): Promise<PollCardOutcome> {
    const action = pollCardActionSchema.safeParse(data);
    if (!action.success) return { found: false };
    const [poll, person] = await this.load(voter, action.data.pollId);
    return poll ? this.outcome(poll, voter, person) : { found: false };
  }

  private load(voter: PollVoter, pollId: string): Promise<[PollDoc | undefined, PersonDoc | undefined]> {
    return Promise.all([
      this.repositories.polls.get(voter.tenantId, pollId),
      this.repositories.people.get(voter.tenantId, voter.personId),
    ]);
  }

  private async outcome(
    poll: PollDoc,
    voter: PollVoter,
    person: PersonDoc | undefined,
    refusal?: VoteRefusal,
  ): Promise<PollCardOutcome> {
    const now = this.clock();
    const vote = await this.repositories.votes.get(poll.tenantId, voteId(poll, voter.personId));
    const results = canSeeResults(poll, vote !== undefined, now)
      ? tallyVotes(poll, await this.repositories.votes.choices(poll.tenantId, poll.id))
      : undefined;
    const view: PollView = {
      poll,
      status: pollStatus(poll, now),
      ...(vote ? { myChoice: vote.optionIds } : {}),
      ...(results ? { results } : {}),
      ...(refusal ? { refusal } : {}),
    };
    return { found: true, view, ...(person ? { person } : {}) };
  }
}
