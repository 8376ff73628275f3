import { describe, expect, it } from 'vitest';
import type { ActivityEventDoc, PersonDoc, PollDoc, VoteDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';
import { PollVoting } from './poll-voting';

const now = new Date('2026-11-22T12:00:00Z');
const poll: PollDoc = {
  id: 'p1',
  tenantId: 't',
  question: { fr: 'Q', en: 'Q' },
  options: ['o1', 'o2'].map((id) => ({ id, label: { fr: id, en: id } })),
  choice: 'single',
  anonymous: false,
  resultsVisibility: 'after-vote',
  closesAt: '2026-11-29T12:00:00.000Z',
  audience: { groupIds: [], brandIds: [], languages: [] },
  status: 'open',
  createdBy: 'm',
  createdAt: '2026-11-20T12:00:00.000Z',
};
const person = {
  id: 'person-1',
  tenantId: 't',
  groupIds: ['pilot'],
  brandId: 'mobility',
  locale: 'en',
  enrolment: { status: 'ambassador', languages: [], networks: [] },
} as unknown as PersonDoc;

/** The four stores the service uses, in memory. */
function stores(polls: PollDoc[]) {
  const votes = new Map<string, VoteDoc>();
  const events: ActivityEventDoc[] = [];
  const repositories = {
    polls: { get: async (_: string, id: string) => polls.find((candidate) => candidate.id === id) },
    people: { get: async (_: string, id: string) => (id === person.id ? person : undefined) },
    votes: {
      get: async (_: string, id: string) => votes.get(id),
      choices: async () => [...votes.values()],
      cast: async (vote: VoteDoc) => {
        const outcome = votes.has(vote.id) ? 'changed' : 'cast';
        votes.set(vote.id, vote);
        return outcome;
      },
    },
    activity: { record: async (event: ActivityEventDoc) => void events.push(event) },
  } as unknown as Pick<Repositories, 'polls' | 'votes' | 'people' | 'activity'>;
  return { voting: new PollVoting(repositories, () => now), votes, events };
}

const voter = { tenantId: 't', personId: 'person-1' };

describe('voting on a poll card', () => {
  it('records the first vote as a poll.vote activity of the person’s groups and brand, not its changes', async () => {
    const { voting, events } = stores([poll]);
    const first = await voting.vote(voter, { pollId: 'p1', optionIds: 'o1' });
    expect(first).toMatchObject({ found: true, view: { myChoice: ['o1'], results: { voters: 1 } } });
    await voting.vote(voter, { pollId: 'p1', optionIds: 'o2' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'poll.vote',
        personId: 'person-1',
        groupIds: ['pilot'],
        brandId: 'mobility',
        subjectId: 'p1',
        at: now.toISOString(),
      }),
    ]);
  });

  it('refuses without writing: closed polls, unknown people, bad data', async () => {
    const { voting, votes, events } = stores([
      { ...poll, status: 'closed' },
      { ...poll, id: 'p2' },
    ]);
    expect(await voting.vote(voter, { pollId: 'p1', optionIds: 'o1' })).toMatchObject({
      view: { status: 'closed', refusal: 'closed' },
    });
    expect(
      await voting.vote({ ...voter, personId: 'stranger' }, { pollId: 'p2', optionIds: 'o1' }),
    ).toMatchObject({ view: { status: 'open', refusal: 'not-in-audience' } });
    expect(await voting.vote(voter, { optionIds: 'o1' })).toEqual({ found: false });
    expect(await voting.show(voter, { pollId: 'nope' })).toEqual({ found: false });
    expect(votes.size).toBe(0);
    expect(events).toEqual([]);
  });
});
