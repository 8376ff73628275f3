import type { NudgeDoc, PersonDoc } from '../documents';
import { isInAudience } from '../targeting';
import { wantsDigest } from './nudge-frequency';

/**
 * Who gets a manager's nudge as it goes out: the ambassadors of its audience, except those who chose a
 * digest (their next digest lists it). People who turned nudges off stay in, so the outbox counts them.
 */
export function authoredRecipients(
  nudge: Pick<NudgeDoc, 'audience'>,
  ambassadors: readonly PersonDoc[],
): { now: PersonDoc[]; inDigest: number } {
  const audience = ambassadors.filter((person) => isInAudience(person, nudge));
  const now = audience.filter((person) => !wantsDigest(person));
  return { now, inDigest: audience.length - now.length };
}
