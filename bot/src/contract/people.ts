import { z } from 'zod';
import { enrolmentStatusSchema } from './me';

/** Opaque to clients: the one they were given with the previous page, passed back unchanged. */
export const continuationTokenSchema = z.string().min(1).max(8_000);

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  continuationToken: continuationTokenSchema.optional(),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), continuationToken: z.string().optional() });
}

export const personSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string().optional(),
  groupIds: z.array(z.string()),
  enrolment: enrolmentStatusSchema,
  /** A programme leader (an executive, a sponsor), with the title the library shows beside their shares. */
  leader: z.object({ title: z.string() }).optional(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** GET /api/v1/studio/people: `q` finds people whose name or email contains it (e.g. to add them to a group). */
export const peopleQuerySchema = pageQuerySchema.extend({ q: z.string().trim().min(2).max(100).optional() });

/** GET /api/v1/studio/people: managers page through the organisation's people. */
export const peopleListSchema = pageSchema(personSummarySchema);
export type PeopleList = z.infer<typeof peopleListSchema>;

/** PUT /api/v1/admin/people/:personId/leader: an administrator marks a programme leader, or changes their title. */
export const leaderInputSchema = z.object({ title: z.string().trim().min(1).max(80) }).strict();
export type LeaderInput = z.infer<typeof leaderInputSchema>;
