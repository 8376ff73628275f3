import type { ProblemCode } from '@contract/problem-codes';
import type { PersonDoc, ScheduledPostFailure } from '../documents';
import { nextAllowedInstant } from '../quiet-hours';

/**
 * When a post asked for `requested` goes out: then, or when the person's quiet hours end if it falls inside them
 * (the programme does not post in their name while they asked it to leave them alone).
 */
export function scheduledInstant(
  requested: Date,
  person: Pick<PersonDoc, 'enrolment'>,
): { at: Date; movedOutOfQuietHours: boolean } {
  const preferences = person.enrolment.preferences;
  const at = preferences ? nextAllowedInstant(preferences, requested) : requested;
  return { at, movedOutOfQuietHours: at.getTime() !== requested.getTime() };
}

/** What the person is told when a check or LinkedIn refused their scheduled post at its time. */
export function failureOf(code: ProblemCode): ScheduledPostFailure {
  switch (code) {
    case 'linkedin.reconnect':
    case 'linkedin.notConnected':
      return 'reconnect';
    case 'linkedin.textTooLong':
      return 'tooLong';
    case 'content.unavailable':
      return 'withdrawn';
    case 'charter.notAccepted':
      return 'charter';
    case 'share.textRefused':
      return 'textRefused';
    default:
      return 'linkedin';
  }
}
