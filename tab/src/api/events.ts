import { z } from 'zod';
import {
  ambassadorEventListSchema,
  ambassadorEventSchema,
  attendeeListSchema,
  eventPublicationSchema,
  programmeEventListSchema,
  programmeEventSchema,
} from '@contract/events';
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
  return apiQuery(MINE, ambassadorEventListSchema);
}

/** A seat, or a place on the waitlist when the event is full. */
export function registerForEvent(eventId: string): Promise<AmbassadorEvent> {
  return apiRequest(`${mine(eventId)}/registration`, ambassadorEventSchema, {
    method: 'POST',
    changes: [MINE],
    body: {},
  });
}

export function cancelMyRegistration(eventId: string): Promise<AmbassadorEvent> {
  return apiRequest(`${mine(eventId)}/registration`, ambassadorEventSchema, {
    method: 'DELETE',
    changes: [MINE],
  });
}

/** The event as iCalendar text, to save as an .ics file. */
export function getEventCalendar(eventId: string): Promise<string> {
  return apiRequest(`${mine(eventId)}/calendar`, z.string());
}

export function studioEventsQuery(page: {
  limit: number;
  continuationToken?: string;
}): ApiQuery<ProgrammeEventList> {
  const params = new URLSearchParams({ limit: String(page.limit) });
  if (page.continuationToken) params.set('continuationToken', page.continuationToken);
  return apiQuery(`${STUDIO}?${params.toString()}`, programmeEventListSchema);
}

export function studioEventQuery(eventId: string): ApiQuery<ProgrammeEvent> {
  return apiQuery(studio(eventId), programmeEventSchema);
}

export function createEvent(input: ProgrammeEventInput): Promise<ProgrammeEvent> {
  return apiRequest(STUDIO, programmeEventSchema, { method: 'POST', changes: [STUDIO, MINE], body: input });
}

export function updateEvent(eventId: string, input: ProgrammeEventInput): Promise<ProgrammeEvent> {
  return apiRequest(studio(eventId), programmeEventSchema, {
    method: 'PUT',
    changes: [STUDIO, MINE],
    body: input,
  });
}

/** Opens registration and sends the invitation cards. */
export function publishEvent(eventId: string): Promise<EventPublication> {
  return apiRequest(`${studio(eventId)}/publication`, eventPublicationSchema, {
    method: 'POST',
    changes: [STUDIO, MINE],
    body: {},
  });
}

/** Final: registrants and the waitlist are told. */
export function cancelEvent(eventId: string): Promise<ProgrammeEvent> {
  return apiRequest(`${studio(eventId)}/cancellation`, programmeEventSchema, {
    method: 'POST',
    changes: [STUDIO, MINE],
    body: {},
  });
}

export function attendeesQuery(eventId: string): ApiQuery<AttendeeList> {
  return apiQuery(`${studio(eventId)}/attendees`, attendeeListSchema);
}

export function getAttendeesCsv(eventId: string): Promise<string> {
  return apiRequest(`${studio(eventId)}/attendees?format=csv`, z.string());
}
