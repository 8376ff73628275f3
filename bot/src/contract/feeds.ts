import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { localizedSchema } from './localized';
import { idSchema, webAddressSchema } from './web-address';
import { problemCodeSchema, problemParamsSchema } from './problem';

/** POST /api/v1/studio/feeds and PUT /api/v1/studio/feeds/:feedId */
export const saveFeedSchema = z
  .object({
    url: webAddressSchema,
    /** The campaign whose drafts the feed's new entries become. */
    campaignId: idSchema,
    /** The feed's language, unless the feed itself declares French or English. */
    language: localeSchema,
  })
  .strict();
export type SaveFeed = z.infer<typeof saveFeedSchema>;

/** What the last poll of a feed gave: drafts imported, or why nothing could be. */
export const feedPollOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    at: z.string(),
    imported: z.number().int(),
    entries: z.number().int(),
  }),
  z.object({
    status: z.literal('error'),
    at: z.string(),
    /** Absent from outcomes kept before feeds had codes: those read as "could not be read". */
    code: problemCodeSchema.optional(),
    params: problemParamsSchema.optional(),
    /** In English, for logs and API clients. */
    message: z.string(),
  }),
]);
export type FeedPollOutcome = z.infer<typeof feedPollOutcomeSchema>;

export const feedSchema = z.object({
  id: z.string(),
  url: z.string(),
  campaignId: z.string(),
  language: localeSchema,
  /** The feed's own title, once polled. */
  title: z.string().optional(),
  lastPoll: feedPollOutcomeSchema.optional(),
  createdAt: z.string(),
});
export type Feed = z.infer<typeof feedSchema>;

/** GET /api/v1/studio/feeds, with the campaigns a feed may feed. */
export const feedListSchema = z.object({
  items: z.array(feedSchema),
  campaigns: z.array(z.object({ id: z.string(), name: localizedSchema })),
});
export type FeedList = z.infer<typeof feedListSchema>;
