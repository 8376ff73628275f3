import type { Badge, MyPoints } from '@contract/challenges';
import { PROGRAMME_SCOPE } from '../domain/standings';
import type { Repositories } from '../store/repositories';

/**
 * A person's points, programme rank and badges: milestones kept on their programme standing, and challenge
 * badges read from their challenge standings (finished the goal; placed among the winners). What "my stats"
 * in chat and the tab's challenges page show.
 */
export async function myPointsAndBadges(
  repositories: Pick<Repositories, 'standings' | 'challenges'>,
  tenantId: string,
  personId: string,
): Promise<MyPoints> {
  const standings = await repositories.standings.ofPerson(tenantId, personId);
  const programme = standings.find((standing) => standing.scope === PROGRAMME_SCOPE);
  const inChallenges = standings.filter((standing) => standing.scope !== PROGRAMME_SCOPE);
  const challenges = new Map(
    (await Promise.all(inChallenges.map((standing) => repositories.challenges.get(tenantId, standing.scope))))
      .filter((challenge) => challenge !== undefined)
      .map((challenge) => [challenge.id, challenge]),
  );
  const challengeBadges: Badge[] = inChallenges.flatMap((standing) => {
    const challenge = challenges.get(standing.scope);
    if (!challenge) return [];
    const about = { challengeId: challenge.id, challengeName: challenge.name };
    return [
      ...(standing.finishedAt
        ? [{ id: 'challenge-finisher' as const, awardedAt: standing.finishedAt, ...about }]
        : []),
      ...(standing.place && challenge.closedAt
        ? [
            {
              id: 'challenge-winner' as const,
              awardedAt: challenge.closedAt,
              place: standing.place,
              ...about,
            },
          ]
        : []),
    ];
  });
  const badges = [...(programme?.badges ?? []), ...challengeBadges].sort((a, b) =>
    a.awardedAt.localeCompare(b.awardedAt),
  );
  if (!programme) return { points: 0, badges };
  const ahead = await repositories.standings.countAhead(tenantId, PROGRAMME_SCOPE, programme.points);
  return { points: programme.points, rank: ahead + 1, badges };
}
