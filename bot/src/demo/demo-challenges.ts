import { pointsProjection } from '../activity/points-projection';
import type { ActivityEventDoc, ChallengeDoc, PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';
import { DEMO_MANAGER_ID, DEMO_TENANT_ID } from './demo-data';

const DAY_MS = 86_400_000;
const at = (now: Date, days: number) => new Date(now.getTime() + Math.round(days * DAY_MS)).toISOString();

export const DEMO_CHALLENGE_ID = 'challenge-douai-five-shares';

/**
 * A running challenge and the contributions that put points on the board, as a pure function of `now`:
 * five shares of the Douai campaign in two weeks, for the pilot group and the plant.
 */
export function buildDemoChallenges(now: Date, people: readonly PersonDoc[]) {
  const challenge: ChallengeDoc = {
    id: DEMO_CHALLENGE_ID,
    tenantId: DEMO_TENANT_ID,
    name: { fr: 'Défi Douai recrute : 5 partages', en: 'Douai is hiring challenge: 5 shares' },
    description: {
      fr: 'Partagez cinq offres ou actualités de Douai avant la fin du défi. Les trois premiers gagnent un badge.',
      en: 'Share five Douai job offers or news items before the challenge ends. The top three win a badge.',
    },
    startsAt: at(now, -4),
    endsAt: at(now, 10),
    audience: { groupIds: ['group-pilot', 'group-douai-plant'], brandIds: [], languages: [] },
    goal: { kind: 'shares', target: 5, campaignId: 'campaign-douai-recrute' },
    status: 'scheduled',
    createdBy: DEMO_MANAGER_ID,
    createdAt: at(now, -6),
    // Announced when it started, like any challenge the job would have announced.
    announcedAt: at(now, -4),
  };
  // Who did what: [person number, shares, clicks on their links, poll answers] over the last three days.
  const contributions: [number, number, number, number][] = [
    [9, 4, 12, 1],
    // Not the persona people sign in as (4): their shares are the ones they make, as My impact shows.
    [8, 3, 7, 1],
    [12, 2, 15, 0],
    [6, 1, 3, 1],
    [11, 1, 0, 1],
  ];
  const byNumber = new Map(people.map((person) => [Number(person.id.slice(-12)), person]));
  const activity: ActivityEventDoc[] = contributions.flatMap(([number, shares, clicks, votes]) => {
    const person = byNumber.get(number);
    if (!person) throw new Error(`demo person ${number} is missing`);
    const event = (
      type: ActivityEventDoc['type'],
      n: number,
      item: number,
      days: number,
    ): ActivityEventDoc => ({
      id: `demo-${type}-${number}-${n}`,
      tenantId: DEMO_TENANT_ID,
      type,
      at: at(now, days),
      personId: person.id,
      groupIds: [...person.groupIds],
      ...(person.brandId ? { brandId: person.brandId } : {}),
      campaignId: 'campaign-douai-recrute',
      itemId: `item-${String(item + 1).padStart(2, '0')}`,
    });
    return [
      ...Array.from({ length: shares }, (_, n) => event('share', n, n, -3 + n * 0.5)),
      // Clicks on the links of the items they shared, spread over yesterday.
      ...Array.from({ length: clicks }, (_, n) => event('click', n, n % shares, -1 + n / 100)),
      ...Array.from({ length: votes }, (_, n) => event('poll.vote', n, 0, -0.5)),
    ];
  });
  return { challenges: [challenge], activity };
}

/**
 * Writes the demo challenge and puts its contributions through the points projection, so the demo's ledger and
 * standings are made by the real code. (The events are not written to the activity log: the projection job
 * would hand them to the projection a second time, under another batch.)
 */
export async function seedDemoChallenges(
  repositories: Repositories,
  now: Date,
  people: readonly PersonDoc[],
) {
  const { challenges, activity } = buildDemoChallenges(now, people);
  for (const challenge of challenges) await repositories.challenges.upsert(challenge);
  await pointsProjection(repositories, () => now).apply(DEMO_TENANT_ID, activity, 'demo-seed');
}
