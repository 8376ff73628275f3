import { profilePoints } from '@contract/profile-coaching';
import type { ProfileCoaching, ProfilePoint } from '@contract/profile-coaching';
import type { PersonDoc } from './documents';

/** The self-check as its owner reads it: every point, ticked or not, in the order of the profile. */
export function profileCoachingOf(person: PersonDoc): ProfileCoaching {
  const done = person.profileCoaching?.done ?? {};
  return {
    points: profilePoints.map((point) => {
      const doneAt = done[point];
      return doneAt ? { point, done: true, doneAt } : { point, done: false };
    }),
    ...(person.profileCoaching ? { updatedAt: person.profileCoaching.updatedAt } : {}),
  };
}

/**
 * The person with these points ticked and the others not: a point ticked before keeps its date, so progress
 * reads as it happened. The very same object when nothing changes, so that a guarded update writes nothing.
 */
export function withProfilePointsDone(
  person: PersonDoc,
  points: readonly ProfilePoint[],
  now: Date,
): PersonDoc {
  const before = person.profileCoaching?.done ?? {};
  const wanted = new Set(points);
  const unchanged =
    profilePoints.every((point) => wanted.has(point) === Boolean(before[point])) &&
    person.profileCoaching !== undefined;
  if (unchanged) return person;
  const at = now.toISOString();
  const done = Object.fromEntries(
    profilePoints.filter((point) => wanted.has(point)).map((point) => [point, before[point] ?? at]),
  );
  return { ...person, profileCoaching: { done, updatedAt: at } };
}
