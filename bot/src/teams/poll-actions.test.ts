import { TestAdapter } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { describe, expect, it, vi } from 'vitest';
import type { PollCardOutcome, PollVoting } from '../polls/poll-voting';
import type { Repositories } from '../store/repositories';
import type { AdaptiveCard } from '../chat/cards/adaptive-card';
import { createTeamsBot } from './teams-bot';

const poll = {
  id: 'p1',
  question: { fr: 'Quel format ?', en: 'Which format?' },
  options: [
    { id: 'o1', label: { fr: 'Vidéo', en: 'Video' } },
    { id: 'o2', label: { fr: 'Article', en: 'Article' } },
  ],
  choice: 'single' as const,
  anonymous: false,
  closesAt: '2026-11-29T17:00:00.000Z',
};

function botWith(outcome: PollCardOutcome) {
  const voting = { vote: vi.fn(async () => outcome), show: vi.fn(async () => outcome) };
  const bot = createTeamsBot({
    publicUrl: 'https://teams.example',
    tabDeepLink: (page) => `https://teams.example/${page}`,
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    polls: voting as unknown as PollVoting,
    // Poll actions use the poll service alone; the other handlers' stores stay untouched here.
    repositories: {} as Repositories,
  });
  const adapter = new TestAdapter(async (context) => {
    await bot.app.run(context);
  });
  const invoke = async (verb: string, data: object): Promise<Partial<Activity>[]> => {
    await adapter.processActivity({
      type: 'invoke',
      name: 'adaptiveCard/action',
      locale: 'en-US',
      from: { id: '29:voter', name: 'Voter', aadObjectId: 'person-1' },
      conversation: { id: 'a:chat', tenantId: 'tenant-1' } as Activity['conversation'],
      value: { action: { type: 'Action.Execute', verb, data } },
    });
    return adapter.activeQueue.splice(0);
  };
  return { voting, invoke };
}

/** The card an `adaptiveCard/action` invoke answers with, replacing the voter's copy. */
function invokeCard(replies: Partial<Activity>[]): AdaptiveCard {
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  const body = (response?.value as { status: number; body: { type: string; value: AdaptiveCard } }).body;
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  return body.value;
}

describe('poll card actions', () => {
  it('poll.vote hands the voter and the card data to the poll service and answers with the updated card', async () => {
    const { voting, invoke } = botWith({
      found: true,
      view: { poll, status: 'open', myChoice: ['o2'], results: { voters: 1, options: [] } },
    });
    const card = invokeCard(await invoke('poll.vote', { pollId: 'p1', optionIds: 'o2' }));
    expect(voting.vote).toHaveBeenCalledWith(
      { tenantId: 'tenant-1', personId: 'person-1' },
      { pollId: 'p1', optionIds: 'o2' },
    );
    expect(JSON.stringify(card.body)).toContain('Your vote: Article');
    expect(card.refresh).toMatchObject({ action: { verb: 'poll.refresh' }, userIds: ['29:voter'] });
  });

  it('poll.refresh shows the poll as it is now, and a missing poll says so', async () => {
    const { voting, invoke } = botWith({ found: false });
    const card = invokeCard(await invoke('poll.refresh', { pollId: 'gone' }));
    expect(voting.show).toHaveBeenCalledWith(
      { tenantId: 'tenant-1', personId: 'person-1' },
      { pollId: 'gone' },
    );
    expect(JSON.stringify(card.body)).toContain('no longer exists');
  });
});
