import { z } from 'zod';
import { codedRule } from './problem-codes';
import { localeSchema, timeZoneSchema } from './locale-schemas';
import { networkSchema } from './network-schema';

/** A local time of day, `HH:MM`. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 21:30');

export const nudgeFrequencySchema = z.enum(['immediate', 'daily-digest', 'weekly-digest', 'never']);

export const preferencesSchema = z.object({
  nudges: nudgeFrequencySchema,
  /** No nudge between these local times, in the person's time zone. */
  quietHours: z.object({ start: clockTimeSchema, end: clockTimeSchema }).optional(),
  timeZone: timeZoneSchema,
  showOnLeaderboards: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const networkAudienceSchema = z.object({
  network: networkSchema,
  /** Declared followers/connections, for estimated reach; optional. */
  audienceSize: z.number().int().min(0).max(100_000_000).optional(),
});

const enrolmentFields = {
  networks: z
    .array(networkAudienceSchema)
    .min(1, 'choose at least one network')
    .refine(
      (list) => new Set(list.map((entry) => entry.network)).size === list.length,
      codedRule('field.eachNetworkOnce', 'each network once'),
    ),
  languages: z.array(localeSchema).min(1, 'choose at least one language'),
  preferences: preferencesSchema,
};

/** POST /api/v1/me/enrolment: volunteer, accepting the current charter version in one step. */
export const joinSchema = z
  .object({ charterVersion: z.string().max(20), charterLanguage: localeSchema, ...enrolmentFields })
  .strict();
export type Join = z.infer<typeof joinSchema>;

/** PUT /api/v1/me/enrolment: change networks, languages or preferences. */
export const updateEnrolmentSchema = z.object(enrolmentFields).strict();
export type UpdateEnrolment = z.infer<typeof updateEnrolmentSchema>;

/** GET /api/v1/me/enrolment */
export const enrolmentSchema = z.object({
  status: z.enum(['not-enrolled', 'ambassador', 'left']),
  since: z.string().optional(),
  charterVersion: z.string().optional(),
  networks: z.array(networkAudienceSchema),
  languages: z.array(localeSchema),
  preferences: preferencesSchema.optional(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;
