import { z } from 'zod';
import { localeSchema } from './locale';
import { pageSchema } from './people';

const localizedSchema = z.object({ fr: z.string(), en: z.string() });

/** GET /api/v1/charter: the current version and where the person stands with it. */
export const charterSchema = z.object({
  version: z.string(),
  major: z.number().int(),
  minor: z.number().int(),
  title: localizedSchema,
  /** Markdown; the tab renders it without ever running HTML from it. */
  body: localizedSchema,
  publishedAt: z.string(),
  acceptance: z.object({
    acceptedVersion: z.string().optional(),
    /** True when the person has never accepted this major version: no joining or sharing until they do. */
    required: z.boolean(),
    /** A newer minor version the person has not seen: informed, not asked. */
    minorUpdate: z.boolean(),
  }),
});
export type Charter = z.infer<typeof charterSchema>;

/** POST /api/v1/charter/acceptances */
export const acceptCharterSchema = z.object({ version: z.string().max(20), language: localeSchema }).strict();
export type AcceptCharter = z.infer<typeof acceptCharterSchema>;

export const charterAcceptanceSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  version: z.string(),
  language: localeSchema,
  acceptedAt: z.string(),
});
export type CharterAcceptance = z.infer<typeof charterAcceptanceSchema>;

/** GET /api/v1/admin/charter/acceptances (also as CSV with ?format=csv) */
export const charterAcceptancePageSchema = pageSchema(charterAcceptanceSchema);
export type CharterAcceptancePage = z.infer<typeof charterAcceptancePageSchema>;
