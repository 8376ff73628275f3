import type { PointsRules } from '@contract/challenges';
import { awardMilestones } from '../domain/badges';
import { advancesGoal, includes, isRunningAt } from '../domain/challenge-rules';
import type { ActivityEventDoc, ChallengeDoc, PointsEntryDoc, StandingDoc } from '../domain/documents';
import { addEntries, creditEvents } from '../domain/points-ledger';
import { pointsRulesOf } from '../domain/points-rules';
import { hasApplied, PROGRAMME_SCOPE, standingId } from '../domain/standings';
import type { Repositories } from '../store/repositories';
import type { ActivityProjection } from './activity-projection';

type ProjectionRepositories = Pick<Repositories, 'organisations' | 'challenges' | 'points' | 'standings'>;

/**
 * Turns activity into points: ledger entries, then pre-aggregated standings for the programme and for each
 * running challenge, per person and per group. Applying a batch again changes nothing: ledger entries are keyed
 * by event id, and every standing remembers the batches it took (see `StandingRepository.applyBatch`).
 */
export function pointsProjection(
  repositories: ProjectionRepositories,
  clock: () => Date = () => new Date(),
): ActivityProjection {
  return {
    name: 'points',
    async apply(tenantId, events, batchId) {
      const at = clock().toISOString();
      const rules = pointsRulesOf(await repositories.organisations.find(tenantId));
      for (const [personId, theirs] of byKey(events, (event) => [event.personId])) {
        await creditPerson(repositories, { tenantId, personId, batchId, at, rules }, theirs);
      }
      // Everything else adds up the batch's ledger entries, whichever attempt wrote them.
      const entries = await repositories.points.ofBatch(tenantId, batchId);
      const brands = new Map(events.map((event) => [event.personId, event.brandId]));
      const challenges = (await repositories.challenges.list(tenantId)).filter(
        (challenge) => challenge.status === 'scheduled',
      );
      await addUp(repositories, { tenantId, batchId, at }, PROGRAMME_SCOPE, entries);
      // Audience by the groups and brand the person had when acting (a language filter narrows only who is told).
      for (const challenge of challenges) {
        const counted = entries.filter(
          (entry) =>
            isRunningAt(challenge, entry.at) &&
            includes(challenge, { groupIds: entry.groupIds, brandId: brands.get(entry.personId) }),
        );
        await addUp(repositories, { tenantId, batchId, at }, challenge.id, counted, challenge);
      }
    },
  };
}

/**
 * A person's programme standing decides what their events earn (the click cap needs their tally). The entries
 * are written before the standing, from the same state, so a retry after a crash writes the same entries.
 */
async function creditPerson(
  repositories: ProjectionRepositories,
  batch: { tenantId: string; personId: string; batchId: string; at: string; rules: PointsRules },
  events: ActivityEventDoc[],
): Promise<void> {
  const { tenantId, personId, batchId, at, rules } = batch;
  const credit = (standing: StandingDoc | undefined) =>
    creditEvents(events, rules, standing?.clickTally ?? {}, batchId);
  const before = await repositories.standings.get(tenantId, standingId(PROGRAMME_SCOPE, 'person', personId));
  if (before && hasApplied(before, batchId)) return;
  await repositories.points.append(credit(before).entries);
  await repositories.standings.applyBatch(
    { tenantId, scope: PROGRAMME_SCOPE, kind: 'person', subjectId: personId },
    batchId,
    at,
    (current) => {
      const { entries, clickTally } = credit(current);
      const totals = addEntries(current, entries);
      return {
        ...current,
        ...totals,
        clickTally,
        badges: awardMilestones(current.badges ?? [], totals.counts, at),
      };
    },
  );
}

/** Adds entries to the groups' standings of a scope and, in a challenge, to each person's, with their progress. */
async function addUp(
  repositories: ProjectionRepositories,
  batch: { tenantId: string; batchId: string; at: string },
  scope: string,
  entries: PointsEntryDoc[],
  challenge?: ChallengeDoc,
): Promise<void> {
  const { tenantId, batchId, at } = batch;
  const add = (current: StandingDoc, some: PointsEntryDoc[]): StandingDoc => {
    const next = { ...current, ...addEntries(current, some) };
    if (!challenge) return next;
    return {
      ...next,
      progress: (current.progress ?? 0) + some.filter((e) => advancesGoal(challenge, e)).length,
    };
  };
  if (challenge) {
    for (const [personId, theirs] of byKey(entries, (entry) => [entry.personId])) {
      await repositories.standings.applyBatch(
        { tenantId, scope, kind: 'person', subjectId: personId },
        batchId,
        at,
        (current) => {
          const next = add(current, theirs);
          const reached = (next.progress ?? 0) >= challenge.goal.target;
          return current.finishedAt || !reached ? next : { ...next, finishedAt: at };
        },
      );
    }
  }
  for (const [groupId, theirs] of byKey(entries, (entry) => entry.groupIds)) {
    await repositories.standings.applyBatch(
      { tenantId, scope, kind: 'group', subjectId: groupId },
      batchId,
      at,
      (current) => add(current, theirs),
    );
  }
}

function byKey<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return map;
}
