import type { Preferences } from '@contract/enrolment';
import type { PersonDoc } from '../documents';
import { preferencesOf } from '../nudge-preferences';

/** What the person chose, or the enrolment form's default if they never saved preferences. */
export function nudgeFrequencyOf(person: PersonDoc): Preferences['nudges'] {
  return preferencesOf(person).nudges;
}

export function wantsEachNudge(person: PersonDoc): boolean {
  return nudgeFrequencyOf(person) === 'immediate';
}

export function wantsDigest(person: PersonDoc): boolean {
  const frequency = nudgeFrequencyOf(person);
  return frequency === 'daily-digest' || frequency === 'weekly-digest';
}
