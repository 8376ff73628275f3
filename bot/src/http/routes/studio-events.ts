import { randomUUID } from 'node:crypto';
import {
  attendeeListSchema,
  attendeeQuerySchema,
  eventPublicationSchema,
  programmeEventInputSchema,
  programmeEventListSchema,
  programmeEventQuerySchema,
  programmeEventSchema,
} from '@contract/events';
import type {
  Attendee,
  EventPublication,
  ProgrammeEvent,
  ProgrammeEventInput,
  ProgrammeEventList,
} from '@contract/events';
import type { PersonDoc, ProgrammeEventDoc } from '../../domain/documents';
import { changeCapacity } from '../../domain/event-registration';
import { sendCancellationNotices, sendInvitations, sendPromotions } from '../../events/event-notifications';
import type { Repositories } from '../../store/repositories';
import { audienceReferenceErrors } from '../audience-references';
import { ApiError } from '../api-error';
import { handler, Reply, idParams } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { toCsv } from '../../domain/csv';
import { eventNotFound, toProgrammeEvent } from './event-views';

export const listEvents = handler({
  answer: programmeEventListSchema,
  query: programmeEventQuerySchema,
  async handle({ principal, services, query }): Promise<ProgrammeEventList> {
    const page = await services.repositories.events.page(
      principal.tenantId,
      query.limit,
      query.continuationToken,
    );
    return {
      items: page.items.map(toProgrammeEvent),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

/** A new event is a draft: nobody hears of it before a manager publishes it. */
export const createEvent = handler({
  answer: programmeEventSchema,
  body: programmeEventInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    await checkAudience(repositories, principal.tenantId, body);
    const event: ProgrammeEventDoc = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      ...withoutAbsentLocation(body),
      status: 'draft',
      registered: [],
      waitlist: [],
      createdBy: principal.objectId,
      createdAt: new Date().toISOString(),
    };
    await repositories.events.upsert(event);
    await recordAudit(repositories, principal, 'event.created', entity(event), { after: event });
    return new Reply(toProgrammeEvent(event), { status: 201 });
  },
});

export const getEvent = handler({
  answer: programmeEventSchema,
  params: idParams('eventId'),
  async handle({ principal, services, params }): Promise<ProgrammeEvent> {
    return toProgrammeEvent(await requireEvent(services.repositories, principal.tenantId, params.eventId));
  },
});

/** Changes what the event is; more seats go to the waitlist at once, fewer than those given are refused. */
export const updateEvent = handler({
  answer: programmeEventSchema,
  params: idParams('eventId'),
  body: programmeEventInputSchema,
  async handle({ principal, services, params, body }): Promise<ProgrammeEvent> {
    const { repositories } = services;
    const existing = await requireEvent(repositories, principal.tenantId, params.eventId);
    await checkAudience(repositories, principal.tenantId, body);
    const now = new Date();
    const outcome = await repositories.events.decide(principal.tenantId, existing.id, (current) => {
      if (current.status === 'cancelled')
        throw new ApiError(409, 'event.cancelled', 'A cancelled event can no longer change.');
      const resized = changeCapacity(current, body.capacity);
      if (!resized) throw capacityTooSmall(current);
      // The input has no seats nor waitlist: those stay as the capacity change left them.
      return { ...resized.event, ...withoutAbsentLocation(body), updatedAt: now.toISOString() };
    });
    if (!outcome) throw eventNotFound();
    await recordAudit(repositories, principal, 'event.updated', entity(outcome.after), outcome);
    await sendPromotions(repositories, outcome.before, outcome.after, now, services.actionNotices);
    return toProgrammeEvent(outcome.after);
  },
});

/**
 * Publishing opens registration and invites the audience's ambassadors with a card each. Asking again re-queues
 * the invitations, which the outbox keeps at one per person: a publication cut short can simply be retried.
 */
export const publishEvent = handler({
  answer: eventPublicationSchema,
  params: idParams('eventId'),
  async handle({ principal, services, params }): Promise<EventPublication> {
    const { repositories } = services;
    const existing = await requireEvent(repositories, principal.tenantId, params.eventId);
    const now = new Date();
    const outcome = await repositories.events.decide(principal.tenantId, existing.id, (current) => {
      if (current.status === 'published') return undefined;
      if (current.status === 'cancelled')
        throw new ApiError(409, 'event.cancelled', 'A cancelled event cannot be published.');
      if (Date.parse(current.registrationClosesAt) <= now.getTime()) {
        throw new ApiError(
          409,
          'event.deadlinePassed',
          'The registration deadline has passed: move it before publishing.',
          {
            errors: [
              {
                field: 'body.registrationClosesAt',
                code: 'field.mustBeInFuture',
                message: 'must be in the future',
              },
            ],
          },
        );
      }
      return {
        ...current,
        status: 'published',
        publishedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
    });
    if (!outcome) throw eventNotFound();
    if (outcome.before.status === 'draft') {
      await recordAudit(repositories, principal, 'event.published', entity(outcome.after), {
        before: { status: outcome.before.status },
        after: { status: outcome.after.status },
      });
    }
    const invitations = await sendInvitations(repositories, outcome.after, now);
    return { event: toProgrammeEvent(outcome.after), invitations };
  },
});

/** Cancelling is final; everyone registered or waiting is told by a card (once, however often it is asked). */
export const cancelEvent = handler({
  answer: programmeEventSchema,
  params: idParams('eventId'),
  async handle({ principal, services, params }): Promise<ProgrammeEvent> {
    const { repositories } = services;
    const existing = await requireEvent(repositories, principal.tenantId, params.eventId);
    const now = new Date();
    const outcome = await repositories.events.decide(principal.tenantId, existing.id, (current) => {
      if (current.status === 'cancelled') return undefined;
      return {
        ...current,
        status: 'cancelled',
        cancelledAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
    });
    if (!outcome) throw eventNotFound();
    if (outcome.before.status !== 'cancelled') {
      await recordAudit(repositories, principal, 'event.cancelled', entity(outcome.after), {
        before: { status: outcome.before.status },
        after: { status: outcome.after.status },
      });
    }
    // A draft was never announced: nobody to tell.
    if (outcome.after.publishedAt) await sendCancellationNotices(repositories, outcome.after, now);
    return toProgrammeEvent(outcome.after);
  },
});

/** Registered people first, then the waitlist in order; `?format=csv` downloads the same list. */
export const listAttendees = handler({
  answer: attendeeListSchema,
  params: idParams('eventId'),
  query: attendeeQuerySchema,
  async handle({ principal, services, params, query }) {
    const { repositories } = services;
    const event = await requireEvent(repositories, principal.tenantId, params.eventId);
    const items = await attendees(repositories, event);
    if (query.format === 'json') return { items };
    const csv = toCsv(items, [
      { header: 'status', value: (a) => a.status },
      { header: 'waitlist_position', value: (a) => a.position ?? '' },
      { header: 'name', value: (a) => a.displayName },
      { header: 'email', value: (a) => a.email },
      { header: 'registered_at', value: (a) => a.registeredAt },
      { header: 'person_id', value: (a) => a.personId },
    ]);
    return new Reply(csv, {
      contentType: 'text/csv; charset=utf-8',
      headers: {
        'Content-Disposition': `attachment; filename="event-${event.id}-attendees.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  },
});

async function attendees(repositories: Repositories, event: ProgrammeEventDoc): Promise<Attendee[]> {
  const entries = [
    ...event.registered.map((entry) => ({ entry, status: 'registered' as const, position: undefined })),
    ...event.waitlist.map((entry, index) => ({ entry, status: 'waitlisted' as const, position: index + 1 })),
  ];
  const people = await Promise.all(
    entries.map(({ entry }) => repositories.people.get(event.tenantId, entry.personId)),
  );
  return entries.map(({ entry, status, position }, index) => {
    const person: PersonDoc | undefined = people[index];
    return {
      personId: entry.personId,
      // An erased person keeps their seat in the count, without a name.
      displayName: person?.displayName ?? '',
      email: person?.email ?? '',
      status,
      ...(position === undefined ? {} : { position }),
      registeredAt: entry.at,
    };
  });
}

async function requireEvent(
  repositories: Repositories,
  tenantId: string,
  eventId: string | undefined,
): Promise<ProgrammeEventDoc> {
  const event = eventId ? await repositories.events.get(tenantId, eventId) : undefined;
  if (!event) throw ApiError.notFound('event.notFound', 'This event does not exist.');
  return event;
}

/** An empty place or link is no place or link (and an edit that empties one drops it). */
function withoutAbsentLocation(input: ProgrammeEventInput) {
  return { ...input, place: input.place || undefined, onlineUrl: input.onlineUrl || undefined };
}

function capacityTooSmall(event: ProgrammeEventDoc): ApiError {
  const seats = event.registered.length;
  return ApiError.invalid([
    {
      field: 'body.capacity',
      code: 'field.belowSeatsGiven',
      params: { seats },
      message: `must be at least ${seats}, the seats already given`,
    },
  ]);
}

/** The audience must name groups and brands the organisation has. */
async function checkAudience(
  repositories: Repositories,
  tenantId: string,
  input: ProgrammeEventInput,
): Promise<void> {
  const errors = await audienceReferenceErrors(repositories, tenantId, input.audience);
  if (errors.length > 0) throw ApiError.invalid(errors);
}

function entity(event: ProgrammeEventDoc) {
  return { type: 'event', id: event.id, title: event.title };
}
