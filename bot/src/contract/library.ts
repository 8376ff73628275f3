import { z } from 'zod';
import { guardrailsSchema } from './guardrails';
import { localeSchema } from './locale-schemas';
import { networkSchema } from './network-schema';
import { continuationTokenSchema, pageSchema } from './people';

const localizedSchema = z.object({ fr: z.string(), en: z.string() });

export const libraryQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  campaignId: z.string().max(100).optional(),
  network: networkSchema.optional(),
  language: localeSchema.optional(),
  brandId: z.string().max(100).optional(),
  /** `leaders`: only items a programme leader has shared. */
  sharedBy: z.literal('leaders').optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  continuationToken: continuationTokenSchema.optional(),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

export const campaignRefSchema = z.object({ id: z.string(), slug: z.string(), name: localizedSchema });
export type CampaignRef = z.infer<typeof campaignRefSchema>;

export const libraryItemSummarySchema = z.object({
  id: z.string(),
  title: localizedSchema,
  preview: z.object({
    title: localizedSchema,
    description: localizedSchema,
    imageUrl: z.string().optional(),
  }),
  campaign: campaignRefSchema,
  brandId: z.string(),
  networks: z.array(networkSchema),
  languages: z.array(localeSchema),
  hashtags: z.array(z.string()),
  publishedAt: z.string(),
  expiresAt: z.string().optional(),
  /** An ambassador's own post (user-generated content), credited to them. */
  proposedBy: z.object({ id: z.string(), displayName: z.string() }).optional(),
  /** The programme leaders who shared it ("Shared by <name>, <title>"); absent when none did. */
  sharedByLeaders: z
    .array(z.object({ id: z.string(), displayName: z.string(), title: z.string() }))
    .optional(),
});
export type LibraryItemSummary = z.infer<typeof libraryItemSummarySchema>;

/** GET /api/v1/library: the items this person is targeted by, newest first. */
export const libraryListSchema = pageSchema(libraryItemSummarySchema);
export type LibraryList = z.infer<typeof libraryListSchema>;

export const suggestedTextSchema = z.object({
  network: networkSchema,
  language: localeSchema,
  text: z.string(),
  guardrails: guardrailsSchema,
});

/** GET /api/v1/library/:itemId */
export const libraryItemSchema = libraryItemSummarySchema.extend({
  url: z.string(),
  texts: z.array(suggestedTextSchema),
  /** The person's earlier shares of this item, by network. */
  sharedOn: z.array(networkSchema),
});
export type LibraryItem = z.infer<typeof libraryItemSchema>;
