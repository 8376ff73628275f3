import { enrolmentSchema, joinSchema, updateEnrolmentSchema } from '@contract/enrolment';
import type { Enrolment } from '@contract/enrolment';
import type { PersonDoc } from '../../domain/documents';
import { activityEvent } from '../../activity/activity-event';
import { joinProgramme, leaveProgramme, updateEnrolment } from '../../domain/enrolment';
import { ApiError } from '../api-error';
import { handler, Reply } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { recordAcceptance } from './charter';
import { pseudonymiseActivity } from './pseudonymise';
import { requireAmbassador } from '../../sharing/share-rules';
import { giveOnboardingPaths } from '../../learning/onboarding';

export const getEnrolment = handler({
  answer: enrolmentSchema,
  async handle({ currentPerson }): Promise<Enrolment> {
    return toEnrolment(await currentPerson());
  },
});

/** Joining is one step: accept the current charter and choose networks, languages and preferences. */
export const join = handler({
  answer: enrolmentSchema,
  body: joinSchema,
  async handle({ services, body, currentPerson }) {
    const person = await currentPerson();
    if (person.enrolment.status === 'ambassador') throw alreadyAmbassador();
    await recordAcceptance(
      services.repositories,
      person,
      body.charterVersion,
      body.charterLanguage,
      'body.charterVersion',
    );
    // Decided on the stored person, under its ETag: of concurrent joins, exactly one joins (and counts).
    let joinedNow = false;
    const joined = await services.repositories.people.update(person.tenantId, person.id, (current) => {
      joinedNow = current.enrolment.status !== 'ambassador';
      return joinedNow ? joinProgramme(current, body, new Date()) : current;
    });
    if (!joined) throw ApiError.notFound('person.notFound', 'Your profile was removed; sign in again.');
    if (!joinedNow) throw alreadyAmbassador();
    await services.repositories.activity.record(activityEvent(joined, 'join', new Date()));
    await giveOnboardingPaths(services.repositories, joined, new Date());
    return new Reply(toEnrolment(joined), { status: 201 });
  },
});

export const changeEnrolment = handler({
  answer: enrolmentSchema,
  body: updateEnrolmentSchema,
  async handle({ services, body, currentPerson }): Promise<Enrolment> {
    const person = await currentPerson();
    requireAmbassador(person);
    const updated = await services.repositories.people.update(person.tenantId, person.id, (current) =>
      updateEnrolment(current, body, new Date()),
    );
    return toEnrolment(updated ?? person);
  },
});

/**
 * Leaving takes effect at once: no more nudges, and what remains of the person's activity is anonymous.
 * The audit log keeps that they left (a data request), until they ask for erasure.
 */
export const leave = handler({
  answer: enrolmentSchema,
  async handle({ principal, services, currentPerson }): Promise<Enrolment> {
    const person = await currentPerson();
    requireAmbassador(person);
    const left = await services.repositories.people.update(person.tenantId, person.id, (current) =>
      leaveProgramme(current, new Date()),
    );
    // Recorded before the pseudonymisation below, which then covers this event too.
    await services.repositories.activity.record(activityEvent(person, 'leave', new Date()));
    await pseudonymiseActivity(services.repositories, person, services.actionNotices);
    await recordAudit(
      services.repositories,
      principal,
      'person.left',
      { type: 'person', id: person.id },
      {
        before: { enrolment: 'ambassador' },
        after: { enrolment: 'left' },
      },
    );
    return toEnrolment(left ?? person);
  },
});

function toEnrolment(person: PersonDoc): Enrolment {
  const { status, since, charterVersion, networks, languages, preferences } = person.enrolment;
  return {
    status,
    ...(since ? { since } : {}),
    ...(charterVersion ? { charterVersion } : {}),
    networks,
    languages,
    ...(preferences ? { preferences } : {}),
  };
}

function alreadyAmbassador(): ApiError {
  return new ApiError(
    409,
    'enrolment.alreadyAmbassador',
    'You are already an ambassador; change your preferences instead.',
  );
}
