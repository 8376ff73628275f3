import type { MyRegistration } from '@contract/events';
import type { EventRegistration, PersonDoc, ProgrammeEventDoc } from './documents';
import { isInAudience } from './targeting';

/** Why a registration (or a cancellation) is refused; the HTTP layer and the cards word it. */
export type RegistrationRefusal = 'not-found' | 'not-invited' | 'closed' | 'cancelled' | 'started';

export type Decision<T> = { ok: true; value: T } | { ok: false; reason: RegistrationRefusal };

export interface Registered {
  event: ProgrammeEventDoc;
  /** Where the person stands after asking: unchanged if they were already registered or waiting. */
  registration: MyRegistration;
}

export interface Cancelled {
  event: ProgrammeEventDoc;
  /** Whoever took the freed seat, first in line on the waitlist. */
  promoted: string[];
}

/** Whether people may still register, or join the waitlist, now. */
export function isRegistrationOpen(event: ProgrammeEventDoc, now: Date): boolean {
  return (
    event.status === 'published' &&
    now.getTime() < Date.parse(event.registrationClosesAt) &&
    now.getTime() < Date.parse(event.startsAt)
  );
}

export function seatsLeft(event: ProgrammeEventDoc): number {
  return Math.max(0, event.capacity - event.registered.length);
}

/** Ambassadors in the audience are invited; nobody else may register. */
export function isInvited(person: PersonDoc, event: ProgrammeEventDoc): boolean {
  return person.enrolment.status === 'ambassador' && isInAudience(person, event);
}

export function registrationOf(event: ProgrammeEventDoc, personId: string): MyRegistration {
  if (event.registered.some((entry) => entry.personId === personId)) return { status: 'registered' };
  const index = event.waitlist.findIndex((entry) => entry.personId === personId);
  return index === -1 ? { status: 'none' } : { status: 'waitlisted', position: index + 1 };
}

/**
 * A seat while any is left, else the end of the waitlist. Asking twice changes nothing, so a retried write or a
 * double click on a card is harmless.
 */
export function register(event: ProgrammeEventDoc, person: PersonDoc, now: Date): Decision<Registered> {
  const current = registrationOf(event, person.id);
  if (current.status !== 'none') return { ok: true, value: { event, registration: current } };
  const refusal = refusalToRegister(event, person, now);
  if (refusal) return { ok: false, reason: refusal };
  const entry: EventRegistration = { personId: person.id, at: now.toISOString() };
  const next =
    seatsLeft(event) > 0
      ? { ...event, registered: [...event.registered, entry] }
      : { ...event, waitlist: [...event.waitlist, entry] };
  return { ok: true, value: { event: next, registration: registrationOf(next, person.id) } };
}

function refusalToRegister(
  event: ProgrammeEventDoc,
  person: PersonDoc,
  now: Date,
): RegistrationRefusal | undefined {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status !== 'published') return 'not-found';
  if (!isInvited(person, event)) return 'not-invited';
  if (!isRegistrationOpen(event, now)) return 'closed';
  return undefined;
}

/**
 * Gives up a seat or a place on the waitlist, until the event starts; a freed seat goes to the first in line.
 * Cancelling without being registered changes nothing.
 */
export function cancelRegistration(
  event: ProgrammeEventDoc,
  personId: string,
  now: Date,
): Decision<Cancelled> {
  if (event.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  if (now.getTime() >= Date.parse(event.startsAt)) return { ok: false, reason: 'started' };
  const without = {
    ...event,
    registered: event.registered.filter((entry) => entry.personId !== personId),
    waitlist: event.waitlist.filter((entry) => entry.personId !== personId),
  };
  return { ok: true, value: fillSeats(without) };
}

/** Moves people from the head of the waitlist to the seats left, e.g. after a cancellation or more capacity. */
export function fillSeats(event: ProgrammeEventDoc): Cancelled {
  const promotedEntries = event.waitlist.slice(0, seatsLeft(event));
  return {
    event: {
      ...event,
      registered: [...event.registered, ...promotedEntries],
      waitlist: event.waitlist.slice(promotedEntries.length),
    },
    promoted: promotedEntries.map((entry) => entry.personId),
  };
}

/**
 * A manager's change of capacity (undefined if refused): never below the seats already given (nobody loses a seat they were promised);
 * more seats go to the waitlist at once.
 */
export function changeCapacity(event: ProgrammeEventDoc, capacity: number): Cancelled | undefined {
  if (capacity < event.registered.length) return undefined;
  return fillSeats({ ...event, capacity });
}

/** Events starting within the next day whose registrants were not reminded yet. */
export function isDueForReminder(event: ProgrammeEventDoc, now: Date, leadMs: number): boolean {
  const startsIn = Date.parse(event.startsAt) - now.getTime();
  return event.status === 'published' && !event.remindedAt && startsIn > 0 && startsIn <= leadMs;
}
