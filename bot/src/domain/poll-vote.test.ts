import { describe, expect, it } from 'vitest';
import type { PersonDoc, PollDoc } from './documents';
import { canSeeResults, percentOf, tallyVotes } from './poll-tally';
import { decideVote, parseChoice, voteId, voterKey } from './poll-vote';

const now = new Date('2026-11-22T12:00:00Z');
const poll = (overrides: Partial<PollDoc> = {}): PollDoc => ({
  id: 'p1',
  tenantId: 't',
  question: { fr: 'Q', en: 'Q' },
  options: ['o1', 'o2', 'o3'].map((id) => ({ id, label: { fr: id, en: id } })),
  choice: 'single',
  anonymous: false,
  resultsVisibility: 'after-vote',
  closesAt: '2026-11-29T12:00:00.000Z',
  audience: { groupIds: [], brandIds: [], languages: [] },
  status: 'open',
  createdBy: 'm',
  createdAt: '2026-11-20T12:00:00.000Z',
  ...overrides,
});
const ambassador = (overrides: Partial<PersonDoc> = {}) =>
  ({
    id: 'person-1',
    groupIds: ['pilot'],
    locale: 'fr',
    enrolment: { status: 'ambassador', languages: [] },
    ...overrides,
  }) as unknown as PersonDoc;

describe('a vote', () => {
  it('is one document per person and poll, whose choice follows the poll’s option order', () => {
    const decision = decideVote(poll({ choice: 'multiple' }), ambassador(), ['o3', 'o1'], now);
    expect(decision).toEqual({
      ok: true,
      vote: {
        id: 'p1:person-1',
        tenantId: 't',
        pollId: 'p1',
        voterKey: 'person-1',
        personId: 'person-1',
        optionIds: ['o1', 'o3'],
        votedAt: now.toISOString(),
      },
    });
  });

  it('on an anonymous poll, is keyed by a hash that says nothing of the person, still one per person', () => {
    const anonymous = poll({ anonymous: true });
    const decision = decideVote(anonymous, ambassador(), ['o2'], now);
    expect(decision.ok && decision.vote).not.toHaveProperty('personId');
    expect(voteId(anonymous, 'person-1')).not.toContain('person-1');
    expect(voterKey(anonymous, 'person-1')).toBe(voterKey(anonymous, 'person-1'));
    expect(voterKey(anonymous, 'person-1')).not.toBe(voterKey(anonymous, 'person-2'));
  });

  it('is refused once the poll closed, before it opened, outside its audience, or with a wrong choice', () => {
    const person = ambassador();
    expect(decideVote(poll(), person, ['o1'], new Date('2026-11-29T12:00:00Z'))).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(decideVote(poll({ status: 'closed' }), person, ['o1'], now)).toMatchObject({ reason: 'closed' });
    expect(decideVote(poll({ status: 'draft' }), person, ['o1'], now)).toMatchObject({ reason: 'not-open' });
    const elsewhere = poll({ audience: { groupIds: ['douai'], brandIds: [], languages: [] } });
    expect(decideVote(elsewhere, person, ['o1'], now)).toMatchObject({ reason: 'not-in-audience' });
    const former = ambassador({ enrolment: { status: 'left', languages: [], networks: [] } });
    expect(decideVote(poll(), former, ['o1'], now)).toMatchObject({ reason: 'not-in-audience' });
    for (const choice of [[], ['o9'], ['o1', 'o2']])
      expect(decideVote(poll(), person, choice, now)).toMatchObject({ reason: 'invalid-choice' });
  });

  it('reads the choice set value, one id or several, ignoring blanks and repeats', () => {
    expect(parseChoice('o2')).toEqual(['o2']);
    expect(parseChoice('o1, o3,o1,')).toEqual(['o1', 'o3']);
    expect(parseChoice(undefined)).toEqual([]);
  });
});

describe('the tally', () => {
  it('counts voters once and each option chosen', () => {
    const tally = tallyVotes(poll(), [
      { optionIds: ['o1'] },
      { optionIds: ['o1', 'o3'] },
      { optionIds: ['o9'] },
    ]);
    expect(tally).toEqual({
      voters: 3,
      options: [
        { optionId: 'o1', votes: 2 },
        { optionId: 'o2', votes: 0 },
        { optionId: 'o3', votes: 1 },
      ],
    });
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('is shown to voters after they vote, to everyone once closed, or to managers only', () => {
    const closedAt = new Date('2026-11-30T00:00:00Z');
    expect(canSeeResults(poll(), false, now)).toBe(false);
    expect(canSeeResults(poll(), true, now)).toBe(true);
    expect(canSeeResults(poll(), false, closedAt)).toBe(true);
    expect(canSeeResults(poll({ resultsVisibility: 'after-close' }), true, now)).toBe(false);
    expect(canSeeResults(poll({ resultsVisibility: 'after-close' }), false, closedAt)).toBe(true);
    expect(canSeeResults(poll({ resultsVisibility: 'managers' }), true, closedAt)).toBe(false);
  });
});
