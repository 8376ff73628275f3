import type { GroupStanding, Leaderboard, PersonStanding } from '@contract/challenges';
import type { CampaignDoc, PersonDoc, StandingDoc } from '../domain/documents';
import { ranked, rankGroups, standingId } from '../domain/standings';
import { isInAudience } from '../domain/targeting';
import type { Repositories } from '../store/repositories';

type LeaderboardRepositories = Pick<Repositories, 'standings' | 'people' | 'groups'>;

/** How many people a chat leaderboard lists; everyone also sees their own line. */
export const LEADERBOARD_SIZE = 10;

/** The tab's leaderboard lists every ambassador who may appear, up to this many. */
export const FULL_LEADERBOARD_SIZE = 100;

type Figures = Pick<StandingDoc, 'subjectId' | 'points' | 'progress'>;

export interface LeaderboardScope {
  /** `programme`, or a challenge's id. */
  id: string;
  /** A challenge's audience: only its members may appear on it. */
  audience?: CampaignDoc['audience'];
}

/** Only ambassadors who did not opt out of leaderboards appear by name; everyone else is a nameless line. */
export function showsOnLeaderboards(person: PersonDoc | undefined): person is PersonDoc {
  return (
    person?.enrolment.status === 'ambassador' && person.enrolment.preferences?.showOnLeaderboards !== false
  );
}

/**
 * The standings of the programme or of one challenge, as `viewerId` may see them: the top `size` people (named
 * only if they chose to be), then, while there is room, the ambassadors who may appear but have no points yet
 * (so nobody eligible is missing), the viewer's own line wherever they are, and every group.
 * Reads pre-aggregated standings: one ordered query, a point read per listed person, a count per group.
 */
export async function readLeaderboard(
  repositories: LeaderboardRepositories,
  tenantId: string,
  viewerId: string,
  { id: scope, audience }: LeaderboardScope,
  size = LEADERBOARD_SIZE,
): Promise<Leaderboard> {
  const [top, mine, groupStandings, groups] = await Promise.all([
    repositories.standings.top(tenantId, scope, 'person', size),
    repositories.standings.get(tenantId, standingId(scope, 'person', viewerId)),
    repositories.standings.top(tenantId, scope, 'group', 1000),
    repositories.groups.list(tenantId),
  ]);
  // A challenge counts progress from zero; the programme has none.
  const nothingYet = (subjectId: string): Figures => ({
    subjectId,
    points: 0,
    ...(audience ? { progress: 0 } : {}),
  });
  const withoutPoints =
    top.length < size
      ? await eligibleWithoutPoints(
          repositories,
          tenantId,
          new Set(top.map((standing) => standing.subjectId)),
          audience,
        )
      : [];
  const named = await Promise.all(
    top.map((standing) => repositories.people.get(tenantId, standing.subjectId)),
  );
  const line = (standing: Figures, rank: number, person: PersonDoc | undefined): PersonStanding => {
    const me = standing.subjectId === viewerId;
    return {
      rank,
      points: standing.points,
      ...(standing.progress !== undefined ? { progress: standing.progress } : {}),
      ...(me || showsOnLeaderboards(person) ? { name: person?.displayName ?? '' } : {}),
      me,
    };
  };
  const listed = [
    ...top.map((standing, index) => ({ standing, person: named[index] })),
    ...withoutPoints
      .slice(0, size - top.length)
      .map((person) => ({ standing: nothingYet(person.id), person })),
  ];
  const people = ranked(listed, (entry) => entry.standing.points).map(({ item, rank }) =>
    line(item.standing, rank, item.person),
  );
  const meListed = people.find((entry) => entry.me);
  const viewer = meListed ? undefined : await repositories.people.get(tenantId, viewerId);
  // An ambassador who has no points yet still sees where they stand: at the end, with everyone at zero.
  const mayAppear =
    viewer?.enrolment.status === 'ambassador' && (!audience || isInAudience(viewer, { audience }));
  const myStanding = mine ?? (mayAppear ? nothingYet(viewerId) : undefined);

  const me =
    meListed ??
    (myStanding
      ? line(
          myStanding,
          (await repositories.standings.countAhead(tenantId, scope, myStanding.points)) + 1,
          viewer,
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

/** Ambassadors who may appear by name (and are in the audience) but have no points yet, by name. */
async function eligibleWithoutPoints(
  repositories: LeaderboardRepositories,
  tenantId: string,
  ranked: ReadonlySet<string>,
  audience: LeaderboardScope['audience'],
): Promise<PersonDoc[]> {
  const ambassadors = await repositories.people.ambassadors(tenantId);
  return ambassadors
    .filter(
      (person) =>
        !ranked.has(person.id) &&
        showsOnLeaderboards(person) &&
        (!audience || isInAudience(person, { audience })),
    )
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
