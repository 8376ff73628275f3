import { describe, expect, it } from 'vitest';
import type { PersonDoc } from './documents';
import { canReceiveNudges } from './enrolment';
import { preferencesOf, resumeNudges, setNudgeFrequency, stopNudges } from './nudge-preferences';

const now = new Date('2026-03-02T09:00:00Z');

function ambassador(preferences?: PersonDoc['enrolment']['preferences']): PersonDoc {
  return {
    id: 'p1',
    tenantId: 't1',
    displayName: 'Camille Durand',
    email: 'camille@example.com',
    locale: 'fr',
    timeZone: 'Europe/Paris',
    groupIds: [],
    enrolment: {
      status: 'ambassador',
      networks: [{ network: 'linkedin' }],
      languages: ['fr'],
      ...(preferences && { preferences }),
    },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const weekly = {
  nudges: 'weekly-digest',
  timeZone: 'Europe/Paris',
  showOnLeaderboards: false,
  quietHours: { start: '20:00', end: '08:00' },
} as const;

describe('stop and resume', () => {
  it('stops at once and remembers the frequency, keeping the other preferences', () => {
    const stopped = stopNudges(ambassador(weekly), now);

    expect(canReceiveNudges(stopped)).toBe(false);
    expect(stopped.enrolment.preferences).toEqual({ ...weekly, nudges: 'never' });
    expect(stopped.enrolment.nudgesBeforeStop).toBe('weekly-digest');
    expect(stopped.updatedAt).toBe(now.toISOString());
  });

  it('resumes the remembered frequency and forgets it', () => {
    const resumed = resumeNudges(stopNudges(ambassador(weekly), now), now);

    expect(resumed.enrolment.preferences).toEqual(weekly);
    expect(resumed.enrolment).not.toHaveProperty('nudgesBeforeStop');
    expect(canReceiveNudges(resumed)).toBe(true);
  });

  it('keeps the first remembered frequency when "stop" is typed twice', () => {
    const twice = stopNudges(stopNudges(ambassador(weekly), now), now);

    expect(twice.enrolment.nudgesBeforeStop).toBe('weekly-digest');
  });

  it('gives an ambassador who never saved preferences the form defaults, then resumes to them', () => {
    const person = ambassador();
    expect(preferencesOf(person)).toEqual({
      nudges: 'daily-digest',
      timeZone: 'Europe/Paris',
      showOnLeaderboards: true,
    });

    const stopped = stopNudges(person, now);
    expect(stopped.enrolment.preferences?.nudges).toBe('never');
    expect(resumeNudges(stopped, now).enrolment.preferences?.nudges).toBe('daily-digest');
  });

  it('leaves nudges that are on untouched on "resume"', () => {
    const person = ambassador(weekly);

    expect(resumeNudges(person, now)).toBe(person);
  });

  it('resumes to the default when nudges were turned off in the tab', () => {
    const offInTab = ambassador({ ...weekly, nudges: 'never' });

    expect(resumeNudges(offInTab, now).enrolment.preferences?.nudges).toBe('daily-digest');
  });

  it('forgets the remembered frequency when another one is chosen', () => {
    const chosen = setNudgeFrequency(stopNudges(ambassador(weekly), now), 'immediate', now);

    expect(chosen.enrolment.preferences?.nudges).toBe('immediate');
    expect(chosen.enrolment).not.toHaveProperty('nudgesBeforeStop');
  });
});
