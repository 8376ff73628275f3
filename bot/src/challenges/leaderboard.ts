import type { GroupStanding, Leaderboard, PersonStanding } from '@contract/challenges';
import type { PersonDoc, StandingDoc } from '../domain/documents';
import { ranked, rankGroups, standingId } from '../domain/standings';
import type { Repositories } from '../store/repositories';

type LeaderboardRepositories = Pick<Repositories, 'standings' | 'people' | 'groups'>;

/** How many people a leaderboard lists; everyone also sees their own line. */
export const LEADERBOARD_SIZE = 10;

/** Only ambassadors who did not opt out of leaderboards appear by name; everyone else is a nameless line. */
export function showsOnLeaderboards(person: PersonDoc | undefined): person is PersonDoc {
  return (
    person?.enrolment.status === 'ambassador' && person.enrolment.preferences?.showOnLeaderboards !== false
  );
}

/**
 * The standings of the programme (`scope` = `programme`) or of one challenge, as `viewerId` may see them:
 * the top people (named only if they chose to be), the viewer's own line wherever they are, and every group.
 * Reads pre-aggregated standings: one ordered query, a point read per listed person, a count per group.
 */
export async function readLeaderboard(
  repositories: LeaderboardRepositories,
  tenantId: string,
  viewerId: string,
  scope: string,
): Promise<Leaderboard> {
  const [top, mine, groupStandings, groups] = await Promise.all([
    repositories.standings.top(tenantId, scope, 'person', LEADERBOARD_SIZE),
    repositories.standings.get(tenantId, standingId(scope, 'person', viewerId)),
    repositories.standings.top(tenantId, scope, 'group', 1000),
    repositories.groups.list(tenantId),
  ]);
  const named = await Promise.all(
    top.map((standing) => repositories.people.get(tenantId, standing.subjectId)),
  );
  const line = (standing: StandingDoc, rank: number, person: PersonDoc | undefined): PersonStanding => {
    const me = standing.subjectId === viewerId;
    return {
      rank,
      points: standing.points,
      ...(standing.progress !== undefined ? { progress: standing.progress } : {}),
      ...(me || showsOnLeaderboards(person) ? { name: person?.displayName ?? '' } : {}),
      me,
    };
  };
  const people = ranked(top, (standing) => standing.points).map(({ item, rank }, index) =>
    line(item, rank, named[index]),
  );
  const meInTop = people.find((entry) => entry.me);
  const me =
    meInTop ??
    (mine
      ? line(
          mine,
          (await repositories.standings.countAhead(tenantId, scope, mine.points)) + 1,
          await repositories.people.get(tenantId, viewerId),
        )
      : undefined);
  const points = new Map(groupStandings.map((standing) => [standing.subjectId, standing.points]));
  const totals = await Promise.all(
    groups.map(async (group) => ({
      groupId: group.id,
      name: group.name,
      points: points.get(group.id) ?? 0,
      members: await repositories.people.countAmbassadorsInGroup(tenantId, group.id),
    })),
  );
  const rankedGroups: GroupStanding[] = rankGroups(totals);
  return { people, ...(me ? { me } : {}), groups: rankedGroups };
}
