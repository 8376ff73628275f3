import { describe, expect, it } from 'vitest';
import { challengeFormFrom, newChallengeForm, validateChallengeForm } from './challengeForm';

const ZONE = 'Europe/Paris';

const filled = () => ({
  ...newChallengeForm(new Date('2026-11-23T10:00:00Z'), ZONE),
  nameFr: 'Défi',
  nameEn: 'Challenge',
});

describe('the challenge form', () => {
  it('gives the API’s input, naming a campaign only for a share goal', () => {
    const shares = validateChallengeForm({ ...filled(), campaignId: 'campaign-1' }, ZONE);
    expect(shares.ok && shares.input.goal).toEqual({ kind: 'shares', target: 5, campaignId: 'campaign-1' });
    const clicks = validateChallengeForm(
      {
        ...filled(),
        goalKind: 'clicks',
        target: '50',
        campaignId: 'campaign-1',
      },
      ZONE,
    );
    expect(clicks.ok && clicks.input.goal).toEqual({ kind: 'clicks', target: 50 });
  });

  it('says which fields are wrong', () => {
    const result = validateChallengeForm(
      {
        ...filled(),
        nameEn: ' ',
        target: '0',
        endsAt: filled().startsAt,
      },
      ZONE,
    );
    expect(result).toEqual({
      ok: false,
      problems: { nameEn: 'required', endsAt: 'period', target: 'target' },
    });
  });

  it('comes back the same from a saved challenge', () => {
    const result = validateChallengeForm(filled(), ZONE);
    if (!result.ok) throw new Error('expected a valid form');
    const saved = { ...result.input, id: 'c', status: 'draft' as const, createdAt: 'now' };
    expect(challengeFormFrom({ ...saved, goal: { ...saved.goal } }, ZONE)).toEqual(filled());
  });
});
