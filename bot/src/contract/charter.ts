import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { localizedTextSchema } from './localized';
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
export const charterAcceptanceListSchema = pageSchema(charterAcceptanceSchema);

/** Major: new obligations, every ambassador accepts again. Minor: wording or examples, ambassadors are informed. */
export const charterReleaseSchema = z.enum(['major', 'minor']);
export type CharterRelease = z.infer<typeof charterReleaseSchema>;

/** POST /api/v1/admin/charter-versions: the number is not chosen, it follows from the release. */
export const publishCharterSchema = z
  .object({
    release: charterReleaseSchema,
    title: localizedTextSchema(200),
    body: localizedTextSchema(50_000),
  })
  .strict();
export type PublishCharter = z.infer<typeof publishCharterSchema>;

export const charterVersionSchema = z.object({
  version: z.string(),
  major: z.number().int(),
  minor: z.number().int(),
  title: localizedSchema,
  body: localizedSchema,
  publishedAt: z.string(),
});
export type CharterVersion = z.infer<typeof charterVersionSchema>;

/** GET /api/v1/admin/charter-versions: newest first, with the number each kind of release would take. */
export const charterVersionListSchema = z.object({
  items: z.array(charterVersionSchema),
  next: z.object({ major: z.string(), minor: z.string() }),
});
export type CharterVersionList = z.infer<typeof charterVersionListSchema>;
