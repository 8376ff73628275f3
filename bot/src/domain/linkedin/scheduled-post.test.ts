import { describe, expect, it } from 'vitest';
import { scheduleTimeIssue, SCHEDULE_HORIZON_DAYS } from '@contract/share';
import type { PersonDoc } from '../documents';
import { failureOf, scheduledInstant } from './scheduled-post';

const DAY_MS = 86_400_000;

const personWith = (preferences?: PersonDoc['enrolment']['preferences']): Pick<PersonDoc, 'enrolment'> => ({
  enrolment: {
    status: 'ambassador',
    networks: [],
    languages: ['fr'],
    ...(preferences ? { preferences } : {}),
  },
});

/** Quiet from 21:00 to 08:00 in Paris. */
const parisNights = {
  nudges: 'weekly-digest',
  quietHours: { start: '21:00', end: '08:00' },
  timeZone: 'Europe/Paris',
  showOnLeaderboards: true,
} as const;

describe('the time of a scheduled post', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');

  it('must be in the future and within the horizon', () => {
    expect(scheduleTimeIssue(now - 1, now)).toBe('field.mustBeInFuture');
    expect(scheduleTimeIssue(now, now)).toBe('field.mustBeInFuture');
    expect(scheduleTimeIssue(now + 1_000, now)).toBeUndefined();
    expect(scheduleTimeIssue(now + SCHEDULE_HORIZON_DAYS * DAY_MS, now)).toBeUndefined();
    expect(scheduleTimeIssue(now + SCHEDULE_HORIZON_DAYS * DAY_MS + 1, now)).toBe('field.tooFarAhead');
  });

  it('stays as asked outside quiet hours, or without any', () => {
    const requested = new Date('2026-12-08T14:30:00Z');
    expect(scheduledInstant(requested, personWith())).toEqual({ at: requested, movedOutOfQuietHours: false });
    const quiet = personWith(parisNights);
    expect(scheduledInstant(requested, quiet)).toEqual({ at: requested, movedOutOfQuietHours: false });
  });

  it('moves to the end of the quiet hours, in the person’s time zone, when asked inside them', () => {
    const quiet = personWith(parisNights);
    // 22:30 in Paris (UTC+1 in December): moved to 08:00 the next morning, 07:00 UTC.
    expect(scheduledInstant(new Date('2026-12-08T21:30:00Z'), quiet)).toEqual({
      at: new Date('2026-12-09T07:00:00Z'),
      movedOutOfQuietHours: true,
    });
  });
});

describe('why a scheduled post failed, as the person is told', () => {
  it('names what they can do about it', () => {
    expect(failureOf('linkedin.reconnect')).toBe('reconnect');
    expect(failureOf('linkedin.notConnected')).toBe('reconnect');
    expect(failureOf('linkedin.textTooLong')).toBe('tooLong');
    expect(failureOf('content.unavailable')).toBe('withdrawn');
    expect(failureOf('charter.notAccepted')).toBe('charter');
    expect(failureOf('share.textRefused')).toBe('textRefused');
    expect(failureOf('linkedin.busy')).toBe('linkedin');
    expect(failureOf('linkedin.versionRetired')).toBe('linkedin');
  });
});
