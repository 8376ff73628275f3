import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import type { Leaderboard } from '@contract/challenges';
import { challengeMessageTables } from '../challenge-messages';
import { buildChallengeAnnouncementCard } from './challenge-announcement-card';
import { buildChallengeProgressCard } from './challenge-progress-card';
import { buildLeaderboardCard } from './leaderboard-card';

const challenge = {
  name: { fr: 'Défi Douai', en: 'Douai challenge' },
  description: { fr: 'Partagez !', en: '' },
  endsAt: '2026-12-04T12:00:00.000Z',
  goal: { kind: 'shares' as const, target: 5, campaignId: 'campaign-douai' },
};
const text = (card: object) => JSON.stringify(card);

describe('the challenge announcement card', () => {
  it('says what the challenge asks and until when, in the reader’s language and time zone', () => {
    const fr = buildChallengeAnnouncementCard(
      { locale: 'fr', timeZone: 'Europe/Paris' },
      challenge,
      'Douai recrute',
      'https://tab/challenges',
    );
    expect(text(fr)).toContain('Nouveau défi : Défi Douai');
    expect(text(fr)).toContain('Objectif : partager 5 contenus de la campagne « Douai recrute ».');
    expect(text(fr)).toContain('4 décembre 2026');
    const en = buildChallengeAnnouncementCard({ locale: 'en', timeZone: 'UTC' }, challenge, undefined, 'u');
    expect(text(en)).toContain('Goal: share 5 items.');
    // An empty description in English is left out rather than shown blank.
    expect(en.body).toHaveLength(3);
  });
});

describe('the challenge progress card', () => {
  it('shows progress, points and rank, and a winner’s place with the results', () => {
    const standing = { points: 40, progress: 5, finishedAt: 'then', place: 2 };
    const card = buildChallengeProgressCard('en', challenge, 'results', { standing, rank: 2 }, 'u');
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(text(card)).toContain('5 of 5');
    expect(text(card)).toContain(challengeMessageTables.en.progressDone);
    expect(text(card)).toContain('You finish in place 2');
    const nothing = buildChallengeProgressCard(
      'fr',
      challenge,
      'midway',
      { standing: undefined, rank: undefined },
      'u',
    );
    expect(text(nothing)).toContain(challengeMessageTables.fr.progressNone);
  });
});

describe('the leaderboard card', () => {
  const leaderboard: Leaderboard = {
    people: [
      { rank: 1, points: 90, me: false },
      { rank: 2, points: 40, name: 'Élodie Martin', me: false },
    ],
    me: { rank: 7, points: 10, name: 'Julien Moreau', me: true },
    groups: [
      {
        rank: 1,
        groupId: 'g',
        name: { fr: 'Usine', en: 'Plant' },
        points: 100,
        members: 4,
        pointsPerMember: 25,
      },
    ],
  };

  it('names only those who chose to appear, and tells the reader their own rank', () => {
    const card = buildLeaderboardCard('en', leaderboard, 'u');
    expect(text(card)).toContain('1. An ambassador');
    expect(text(card)).toContain('2. Élodie Martin');
    expect(text(card)).toContain('You: rank 7, 10 points');
    expect(text(card)).toContain('1. Plant');
  });

  it('says so when nobody has points yet', () => {
    const card = buildLeaderboardCard('fr', { people: [], groups: [] }, 'u');
    expect(text(card)).toContain(challengeMessageTables.fr.leaderboardEmpty);
  });
});

describe('challenge messages', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(challengeMessageTables.fr).sort()).toEqual(
      Object.keys(challengeMessageTables.en).sort(),
    );
  });
});
