import {
  leaderboardQuerySchema,
  leaderboardSchema,
  myChallengesSchema,
  myPointsSchema,
} from '@contract/challenges';
import type { Leaderboard, MyChallenges, MyPoints } from '@contract/challenges';
import { toChallenge } from '../../challenges/challenge-view';
import { FULL_LEADERBOARD_SIZE, readLeaderboard } from '../../challenges/leaderboard';
import { myPointsAndBadges } from '../../challenges/my-points';
import { challengeStatus } from '../../domain/challenge-rules';
import { isInAudience } from '../../domain/targeting';
import { PROGRAMME_SCOPE, standingId } from '../../domain/standings';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

/** Ended challenges stay on the page this long, with their results. */
const ENDED_SHOWN_MS = 30 * 86_400_000;

/** The challenges of the caller's audience that are coming, running, or recently ended, with their progress. */
export const myChallenges = handler({
  answer: myChallengesSchema,
  async handle({ principal, services, currentPerson }): Promise<MyChallenges> {
    const { repositories } = services;
    const now = new Date();
    const person = await currentPerson();
    const visible = (await repositories.challenges.list(principal.tenantId))
      .filter((challenge) => {
        const status = challengeStatus(challenge, now);
        if (status === 'draft' || status === 'archived') return false;
        if (status === 'ended' && now.getTime() - Date.parse(challenge.endsAt) > ENDED_SHOWN_MS) return false;
        return isInAudience(person, challenge);
      })
      .sort((a, b) => a.endsAt.localeCompare(b.endsAt));
    const items = await Promise.all(
      visible.map(async (challenge) => {
        const mine = await repositories.standings.get(
          principal.tenantId,
          standingId(challenge.id, 'person', person.id),
        );
        return {
          challenge: toChallenge(challenge, now),
          progress: mine?.progress ?? 0,
          points: mine?.points ?? 0,
          finished: mine?.finishedAt !== undefined,
        };
      }),
    );
    return { items };
  },
});

/** The programme's leaderboard, or a challenge's (`?challengeId=`). */
export const getLeaderboard = handler({
  answer: leaderboardSchema,
  query: leaderboardQuerySchema,
  async handle({ principal, services, query }): Promise<Leaderboard> {
    const { repositories } = services;
    const challenge = query.challengeId
      ? await repositories.challenges.get(principal.tenantId, query.challengeId)
      : undefined;
    if (query.challengeId && (!challenge || challenge.status === 'draft'))
      throw ApiError.notFound('challenge.notFound', 'This challenge does not exist, or was deleted.');
    return readLeaderboard(
      repositories,
      principal.tenantId,
      principal.objectId,
      challenge ? { id: challenge.id, audience: challenge.audience } : { id: PROGRAMME_SCOPE },
      FULL_LEADERBOARD_SIZE,
    );
  },
});

export const getMyPoints = handler({
  answer: myPointsSchema,
  async handle({ principal, services }): Promise<MyPoints> {
    return myPointsAndBadges(services.repositories, principal.tenantId, principal.objectId);
  },
});
