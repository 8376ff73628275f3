import type {
  AmbassadorEvent,
  AmbassadorEventList,
  AttendeeList,
  EventPublication,
  ProgrammeEvent,
  ProgrammeEventInput,
  ProgrammeEventList,
} from '@contract/events';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const MINE = '/api/v1/events';
const mine = (eventId: string) => `${MINE}/${encodeURIComponent(eventId)}`;
const STUDIO = '/api/v1/studio/events';
const studio = (eventId: string) => `${STUDIO}/${encodeURIComponent(eventId)}`;

/** Upcoming events the ambassador is invited to or holds a place at, soonest first. */
export function myEventsQuery(): ApiQuery<AmbassadorEventList> {
  return apiQuery<AmbassadorEventList>(MINE);
}

/** A seat, or a place on the waitlist when the event is full. */
export function registerForEvent(eventId: string): Promise<AmbassadorEvent> {
  return apiRequest<AmbassadorEvent>(`${mine(eventId)}/registration`, {
    method: 'POST',
    changes: [MINE],
    body: {},
  });
}

export function cancelMyRegistration(eventId: string): Promise<AmbassadorEvent> {
  return apiRequest<AmbassadorEvent>(`${mine(eventId)}/registration`, {
    method: 'DELETE',
    changes: [MINE],
  });
}

/** The event as iCalendar text, to save as an .ics file. */
export function getEventCalendar(eventId: string): Promise<string> {
  return apiRequest<string>(`${mine(eventId)}/calendar`);
}

export function studioEventsQuery(page: {
  limit: number;
  continuationToken?: string;
}): ApiQuery<ProgrammeEventList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery<ProgrammeEventList>(`${STUDIO}?${params.toString()}`);
}

export function studioEventQuery(eventId: string): ApiQuery<ProgrammeEvent> {
  return apiQuery<ProgrammeEvent>(studio(eventId));
}

export function createEvent(input: ProgrammeEventInput): Promise<ProgrammeEvent> {
  return apiRequest<ProgrammeEvent>(STUDIO, { method: 'POST', changes: [STUDIO, MINE], body: input });
}

export function updateEvent(eventId: string, input: ProgrammeEventInput): Promise<ProgrammeEvent> {
  return apiRequest<ProgrammeEvent>(studio(eventId), {
    method: 'PUT',
    changes: [STUDIO, MINE],
    body: input,
  });
}

/** Opens registration and sends the invitation cards. */
export function publishEvent(eventId: string): Promise<EventPublication> {
  return apiRequest<EventPublication>(`${studio(eventId)}/publication`, {
    method: 'POST',
    changes: [STUDIO, MINE],
    body: {},
  });
}

/** Final: registrants and the waitlist are told. */
export function cancelEvent(eventId: string): Promise<ProgrammeEvent> {
  return apiRequest<ProgrammeEvent>(`${studio(eventId)}/cancellation`, {
    method: 'POST',
    changes: [STUDIO, MINE],
    body: {},
  });
}

export function attendeesQuery(eventId: string): ApiQuery<AttendeeList> {
  return apiQuery<AttendeeList>(`${studio(eventId)}/attendees`);
}

export function getAttendeesCsv(eventId: string): Promise<string> {
  return apiRequest<string>(`${studio(eventId)}/attendees?format=csv`);
}
