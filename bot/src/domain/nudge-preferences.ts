import type { Preferences } from '@contract/enrolment';
import type { PersonDoc } from './documents';

export type NudgeFrequency = Preferences['nudges'];

/** What an ambassador who never opened their preferences gets: the enrolment form's defaults. */
export const DEFAULT_NUDGE_FREQUENCY: NudgeFrequency = 'daily-digest';

/** The person's preferences, or the enrolment form's defaults when they have never saved any. */
export function preferencesOf(person: PersonDoc): Preferences {
  return (
    person.enrolment.preferences ?? {
      nudges: DEFAULT_NUDGE_FREQUENCY,
      timeZone: person.timeZone,
      showOnLeaderboards: true,
    }
  );
}

/**
 * Sets how often the person is nudged. Turning nudges off remembers the frequency they had, so "resume"
 * can bring it back; any other choice forgets it.
 */
export function setNudgeFrequency(person: PersonDoc, nudges: NudgeFrequency, now: Date): PersonDoc {
  const current = preferencesOf(person);
  const { nudgesBeforeStop, ...enrolment } = person.enrolment;
  const remembered =
    nudges === 'never' ? (current.nudges === 'never' ? nudgesBeforeStop : current.nudges) : undefined;
  return {
    ...person,
    enrolment: {
      ...enrolment,
      preferences: { ...current, nudges },
      ...(remembered ? { nudgesBeforeStop: remembered } : {}),
    },
    updatedAt: now.toISOString(),
  };
}

/** "stop": no nudge from now on, whatever the frequency was. */
export function stopNudges(person: PersonDoc, now: Date): PersonDoc {
  return setNudgeFrequency(person, 'never', now);
}

/** "resume": back to the frequency the person had before "stop" (the default if they had none). */
export function resumeNudges(person: PersonDoc, now: Date): PersonDoc {
  if (!nudgesAreOff(person)) return person;
  const previous = person.enrolment.nudgesBeforeStop ?? DEFAULT_NUDGE_FREQUENCY;
  return setNudgeFrequency(person, previous, now);
}

export function nudgesAreOff(person: PersonDoc): boolean {
  return preferencesOf(person).nudges === 'never';
}
