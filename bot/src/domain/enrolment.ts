import type { Join, UpdateEnrolment } from '@contract/enrolment';
import type { PersonDoc } from './documents';

/** Volunteering: the person becomes an ambassador with the charter version they just accepted. */
export function joinProgramme(person: PersonDoc, join: Join, now: Date): PersonDoc {
  const at = now.toISOString();
  return {
    ...person,
    timeZone: join.preferences.timeZone,
    enrolment: {
      status: 'ambassador',
      since: at,
      charterVersion: join.charterVersion,
      networks: join.networks,
      languages: join.languages,
      preferences: join.preferences,
    },
    updatedAt: at,
  };
}

export function updateEnrolment(person: PersonDoc, update: UpdateEnrolment, now: Date): PersonDoc {
  return {
    ...person,
    timeZone: update.preferences.timeZone,
    enrolment: { ...person.enrolment, ...update },
    updatedAt: now.toISOString(),
  };
}

/** Leaving takes effect at once and keeps nothing personal about the programme: no networks, no preferences. */
export function leaveProgramme(person: PersonDoc, now: Date): PersonDoc {
  const at = now.toISOString();
  // A leader shows the way from inside the programme: leaving it ends the mark too.
  return {
    ...person,
    leader: undefined,
    enrolment: { status: 'left', since: at, networks: [], languages: [] },
    updatedAt: at,
  };
}

/** Only ambassadors who have not turned nudges off are ever nudged. */
export function canReceiveNudges(person: PersonDoc): boolean {
  return person.enrolment.status === 'ambassador' && person.enrolment.preferences?.nudges !== 'never';
}

export function declaredAudience(person: PersonDoc, network: string): number {
  return person.enrolment.networks.find((entry) => entry.network === network)?.audienceSize ?? 0;
}
