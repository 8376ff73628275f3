import { ambassadorEventListSchema, ambassadorEventSchema } from '@contract/events';
import type { AmbassadorEvent, AmbassadorEventList } from '@contract/events';
import type { PersonDoc, ProgrammeEventDoc } from '../../domain/documents';
import { toICalendar } from '../../domain/event-calendar';
import { isInvited, registrationOf } from '../../domain/event-registration';
import { cancelEventRegistration, registerForEvent } from '../../events/event-registrations';
import type { Repositories } from '../../store/repositories';
import { Reply, filesOnly, handler, idParams } from '../api-route';
import { eventNotFound, refusalError, toAmbassadorEvent } from './event-views';

/** Events not over yet that the caller is invited to, or holds a place at (also when cancelled), soonest first. */
export const listMyEvents = handler({
  answer: ambassadorEventListSchema,
  async handle({ principal, services, currentPerson }): Promise<AmbassadorEventList> {
    const person = await currentPerson();
    const now = new Date();
    const events = await services.repositories.events.notOver(principal.tenantId, now);
    return {
      items: events
        .filter((event) => isVisibleTo(event, person))
        .map((event) => toAmbassadorEvent(event, person.id, now)),
    };
  },
});

/** A seat, or the waitlist when full; asking again changes nothing. */
export const registerForEventRoute = handler({
  answer: ambassadorEventSchema,
  params: idParams('eventId'),
  async handle({ services, params, currentPerson }): Promise<AmbassadorEvent> {
    const person = await currentPerson();
    const now = new Date();
    const result = await registerForEvent(services.repositories, person, params.eventId, now);
    if (!result.ok) throw refusalError(result.reason);
    return toAmbassadorEvent(result.event, person.id, now);
  },
});

/** Gives up a seat (the first waiting gets it) or a place on the waitlist. */
export const cancelMyRegistration = handler({
  answer: ambassadorEventSchema,
  params: idParams('eventId'),
  async handle({ principal, services, params, currentPerson }): Promise<AmbassadorEvent> {
    const person = await currentPerson();
    const now = new Date();
    await requireVisibleEvent(services.repositories, person, params.eventId);
    const result = await cancelEventRegistration(
      services.repositories,
      principal.tenantId,
      person.id,
      params.eventId,
      now,
      services.actionNotices,
    );
    if (!result.ok) throw refusalError(result.reason);
    return toAmbassadorEvent(result.event, person.id, now);
  },
});

/** "Add to my calendar": the event as an .ics file in the caller's language. */
export const eventCalendarFile = handler({
  answer: filesOnly,
  params: idParams('eventId'),
  async handle({ services, params, currentPerson, locale }) {
    const person = await currentPerson();
    const event = await requireVisibleEvent(services.repositories, person, params.eventId);
    return new Reply(toICalendar(event, locale, new Date()), {
      contentType: 'text/calendar; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="event-${event.id}.ics"` },
    });
  },
});

function isVisibleTo(event: ProgrammeEventDoc, person: PersonDoc): boolean {
  if (event.status === 'draft') return false;
  if (registrationOf(event, person.id).status !== 'none') return true;
  return event.status === 'published' && isInvited(person, event);
}

async function requireVisibleEvent(
  repositories: Repositories,
  person: PersonDoc,
  eventId: string | undefined,
): Promise<ProgrammeEventDoc> {
  const event = eventId ? await repositories.events.get(person.tenantId, eventId) : undefined;
  if (!event || !isVisibleTo(event, person)) throw eventNotFound();
  return event;
}
