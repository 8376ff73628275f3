import type { AmbassadorEvent, ProgrammeEvent } from '@contract/events';
import type { ProgrammeEventDoc } from '../../domain/documents';
import type { RegistrationRefusal } from '../../domain/event-registration';
import { isRegistrationOpen, registrationOf, seatsLeft } from '../../domain/event-registration';
import { ApiError } from '../api-error';

function eventFields(doc: ProgrammeEventDoc) {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    ...(doc.place ? { place: doc.place } : {}),
    ...(doc.onlineUrl ? { onlineUrl: doc.onlineUrl } : {}),
    capacity: doc.capacity,
    registrationClosesAt: doc.registrationClosesAt,
  };
}

export function toProgrammeEvent(doc: ProgrammeEventDoc): ProgrammeEvent {
  return {
    ...eventFields(doc),
    audience: doc.audience,
    status: doc.status,
    registered: doc.registered.length,
    waitlisted: doc.waitlist.length,
    createdAt: doc.createdAt,
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    ...(doc.cancelledAt ? { cancelledAt: doc.cancelledAt } : {}),
  };
}

export function toAmbassadorEvent(doc: ProgrammeEventDoc, personId: string, now: Date): AmbassadorEvent {
  return {
    ...eventFields(doc),
    seatsLeft: seatsLeft(doc),
    registrationOpen: isRegistrationOpen(doc, now),
    cancelled: doc.status === 'cancelled',
    started: Date.parse(doc.startsAt) <= now.getTime(),
    myRegistration: registrationOf(doc, personId),
  };
}

export function eventNotFound(): ApiError {
  return ApiError.notFound('event.notFound', 'This event does not exist, or is not published.');
}

/** How the API words a refused registration or cancellation. */
export function refusalError(reason: RegistrationRefusal): ApiError {
  switch (reason) {
    case 'not-found':
      return eventNotFound();
    // Events outside a person's audience do not exist for them, as in their list.
    case 'not-invited':
      return ApiError.notFound(
        'event.notInAudience',
        'This event is for other ambassadors: you are not in its audience.',
      );
    case 'closed':
      return new ApiError(409, 'event.registrationClosed', 'Registration for this event is closed.');
    case 'cancelled':
      return new ApiError(409, 'event.cancelled', 'This event was cancelled.');
    case 'started':
      return new ApiError(
        409,
        'event.started',
        'This event has started: registrations can no longer change.',
      );
  }
}
