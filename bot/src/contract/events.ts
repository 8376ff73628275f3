import { z } from 'zod';
import { codedRule } from './problem-codes';
import { audienceSchema } from './campaigns';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema } from './localized';
import { pageQuerySchema, pageSchema } from './people';
import { instantSchema, webAddressSchema } from './web-address';

/**
 * Exclusive events for ambassadors (gatherings, not the activity log): a manager drafts one, publishes it
 * (invitations go out), and may cancel it (registrants are told).
 */
export const programmeEventStatuses = ['draft', 'published', 'cancelled'] as const;
export const programmeEventStatusSchema = z.enum(programmeEventStatuses);
export type ProgrammeEventStatus = z.infer<typeof programmeEventStatusSchema>;

export const MAX_EVENT_CAPACITY = 1000;

/** POST /api/v1/studio/events and PUT /api/v1/studio/events/:eventId */
export const programmeEventInputSchema = z
  .object({
    title: localizedTextSchema(120),
    description: localizedTextSchema(4000),
    startsAt: instantSchema,
    endsAt: instantSchema,
    /** Where people meet; an online event leaves it empty and gives its link. */
    place: z.string().trim().max(200).optional(),
    onlineUrl: webAddressSchema.optional(),
    capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY),
    audience: audienceSchema,
    registrationClosesAt: instantSchema,
  })
  .strict()
  .refine(
    (input) => Date.parse(input.endsAt) > Date.parse(input.startsAt),
    codedRule('field.mustBeAfterStart', 'must be after the start', ['endsAt']),
  )
  .refine(
    (input) => Date.parse(input.registrationClosesAt) <= Date.parse(input.startsAt),
    codedRule('field.mustNotBeAfterStart', 'must not be after the start', ['registrationClosesAt']),
  )
  .refine(
    (input) => Boolean(input.place) || Boolean(input.onlineUrl),
    codedRule('field.placeOrOnlineLink', 'give a place or an online link', ['place']),
  );
export type ProgrammeEventInput = z.infer<typeof programmeEventInputSchema>;

const eventFields = {
  id: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().optional(),
  onlineUrl: z.string().optional(),
  capacity: z.number().int(),
  registrationClosesAt: z.string(),
};

/** An event as a manager sees it in the studio. */
export const programmeEventSchema = z.object({
  ...eventFields,
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(localeSchema),
  }),
  status: programmeEventStatusSchema,
  registered: z.number().int(),
  waitlisted: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  publishedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
});
export type ProgrammeEvent = z.infer<typeof programmeEventSchema>;

/** GET /api/v1/studio/events: latest start first, paged. */
export const programmeEventQuerySchema = pageQuerySchema;
export const programmeEventListSchema = pageSchema(programmeEventSchema);
export type ProgrammeEventList = z.infer<typeof programmeEventListSchema>;

/** What publishing did: invitations written to the outbox, and whom the bot could not reach. */
export const eventPublicationSchema = z.object({
  event: programmeEventSchema,
  invitations: z.object({
    queued: z.number().int(),
    unreachable: z.number().int(),
    optedOut: z.number().int(),
  }),
});
export type EventPublication = z.infer<typeof eventPublicationSchema>;

export const registrationStatusSchema = z.enum(['registered', 'waitlisted']);

/** GET /api/v1/studio/events/:eventId/attendees (`?format=csv` downloads it). Registered first, then the waitlist. */
export const attendeeSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  email: z.string(),
  status: registrationStatusSchema,
  /** Place on the waitlist, from 1. */
  position: z.number().int().optional(),
  registeredAt: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;
export const attendeeListSchema = z.object({ items: z.array(attendeeSchema) });
export type AttendeeList = z.infer<typeof attendeeListSchema>;
export const attendeeQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

/** The caller's place at an event: none, a seat, or a place on the waitlist. */
export const myRegistrationSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('registered') }),
  z.object({ status: z.literal('waitlisted'), position: z.number().int() }),
]);
export type MyRegistration = z.infer<typeof myRegistrationSchema>;

/** An event as an ambassador sees it: upcoming, in their audience, or one they registered for. */
export const ambassadorEventSchema = z.object({
  ...eventFields,
  seatsLeft: z.number().int(),
  /** Registration (or joining the waitlist) is possible now. */
  registrationOpen: z.boolean(),
  cancelled: z.boolean(),
  /** Registrations can no longer change once the event has started. */
  started: z.boolean(),
  myRegistration: myRegistrationSchema,
});
export type AmbassadorEvent = z.infer<typeof ambassadorEventSchema>;

/** GET /api/v1/events: upcoming events, soonest first. POST/DELETE …/:eventId/registration answer one. */
export const ambassadorEventListSchema = z.object({ items: z.array(ambassadorEventSchema) });
export type AmbassadorEventList = z.infer<typeof ambassadorEventListSchema>;
