import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import type { PollView } from '../../domain/poll-view';
import { buildMissingPollCard, buildPollCard } from './poll-card';
import type { AdaptiveCard } from './adaptive-card';

const poll: PollView['poll'] = {
  id: 'p1',
  question: { fr: 'Quel format préférez-vous ?', en: 'Which format do you prefer?' },
  options: [
    { id: 'o1', label: { fr: 'Vidéo', en: 'Video' } },
    { id: 'o2', label: { fr: 'Article', en: 'Article' } },
  ],
  choice: 'multiple',
  anonymous: true,
  closesAt: '2026-11-29T17:00:00.000Z',
};
const reader = { locale: 'en' as const, timeZone: 'Europe/Paris' };
const texts = (card: AdaptiveCard) =>
  card.body.map((element) => ('text' in element ? element.text : '')).join('\n');
const element = <T extends AdaptiveCard['body'][number]['type']>(card: AdaptiveCard, type: T) =>
  card.body.find((candidate) => candidate.type === type) as Extract<
    AdaptiveCard['body'][number],
    { type: T }
  >;

describe('the poll card', () => {
  it('asks the question in the reader’s language, with a choice set and a poll.vote action', () => {
    const card = buildPollCard({ poll, status: 'open' }, { ...reader, locale: 'fr' });
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(texts(card)).toContain('Quel format préférez-vous ?');
    expect(texts(card)).toContain('29 novembre 2026 à 18:00');
    expect(element(card, 'Input.ChoiceSet')).toMatchObject({
      isMultiSelect: true,
      choices: [
        { title: 'Vidéo', value: 'o1' },
        { title: 'Article', value: 'o2' },
      ],
    });
    expect(card.actions).toEqual([
      { type: 'Action.Execute', verb: 'poll.vote', title: 'Voter', data: { pollId: 'p1' } },
    ]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'poll.refresh', data: { pollId: 'p1' } },
    });
  });

  it('after a vote, shows the choice preselected, the results, a way to change it, and refreshes for the voter', () => {
    const view: PollView = {
      poll,
      status: 'open',
      myChoice: ['o2'],
      results: {
        voters: 4,
        options: [
          { optionId: 'o1', votes: 1 },
          { optionId: 'o2', votes: 3 },
        ],
      },
    };
    const card = buildPollCard(view, { ...reader, teamsUserId: '29:voter' });
    expect(element(card, 'Input.ChoiceSet').value).toBe('o2');
    expect(texts(card)).toContain('Your vote: Article');
    expect(texts(card)).toContain('Results (voters: 4)');
    expect(element(card, 'FactSet').facts).toEqual([
      { title: 'Video', value: '1 (25 %)' },
      { title: 'Article', value: '3 (75 %)' },
    ]);
    expect(card.actions?.[0]).toMatchObject({ title: 'Change my vote' });
    expect(card.refresh?.userIds).toEqual(['29:voter']);
  });

  it('once closed, says so with the results, and offers no vote and no refresh', () => {
    const card = buildPollCard(
      { poll, status: 'closed', results: { voters: 0, options: [] }, refusal: 'closed' },
      reader,
    );
    expect(texts(card)).toContain('This poll is closed.');
    expect(texts(card)).toContain('This poll closed before your vote');
    expect(card.body.some((candidate) => candidate.type === 'Input.ChoiceSet')).toBe(false);
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
  });

  it('says when the poll no longer exists', () => {
    expect(texts(buildMissingPollCard('fr'))).toContain("n'existe plus");
  });
});
