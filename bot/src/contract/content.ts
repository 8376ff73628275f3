import { z } from 'zod';
import { codedRule } from './problem-codes';
import { campaignRefSchema } from './library';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema, optionalLocalizedTextSchema } from './localized';
import { mediaIdSchema, mediaSchema } from './media';
import { networkSchema } from './network-schema';
import { continuationTokenSchema } from './people';
import { idSchema, instantSchema, webAddressSchema } from './web-address';

export const contentStatuses = [
  'draft',
  'submitted',
  'changes-requested',
  'approved',
  'rejected',
  'published',
  'expired',
  'withdrawn',
] as const;
export const contentStatusSchema = z.enum(contentStatuses);
export type ContentStatus = z.infer<typeof contentStatusSchema>;

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_TEXTS = 30;

export const suggestedTextInputSchema = z
  .object({
    network: networkSchema,
    language: localeSchema,
    text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  })
  .strict();

/** One hashtag as a manager types it, `#` optional; stored without it. */
export const hashtagSchema = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]{1,100}$/u, 'letters, digits and _ only, e.g. #AuroreRecrute')
  .transform((tag) => tag.replace(/^#/, ''));

/** What a manager writes: POST /api/v1/studio/content, PUT …/:itemId, and POST …/:itemId/submission. */
export const contentInputSchema = z
  .object({
    campaignId: idSchema,
    title: localizedTextSchema(200),
    url: webAddressSchema,
    preview: z
      .object({
        title: optionalLocalizedTextSchema(300),
        description: optionalLocalizedTextSchema(1000),
        imageUrl: z
          .string()
          .trim()
          .max(2000)
          .refine(
            (value) => /^https?:\/\/\S+$/i.test(value) || /^\/media\/[\w.-]+$/.test(value),
            codedRule('field.notAnAddressOrMedium', 'must be an http(s) address or an uploaded medium'),
          )
          .optional(),
      })
      .strict(),
    media: z.array(mediaIdSchema).max(10),
    texts: z.array(suggestedTextInputSchema).min(1, 'write at least one text').max(MAX_TEXTS),
    hashtags: z.array(hashtagSchema).max(30),
    /** When approved content becomes visible; at approval when absent or past. */
    publishAt: instantSchema.optional(),
    expiresAt: instantSchema.optional(),
  })
  .strict()
  .refine(
    (input) => !input.publishAt || !input.expiresAt || input.expiresAt > input.publishAt,
    codedRule('field.mustBeAfterPublication', 'must be after the publication date', ['expiresAt']),
  );
export type ContentInput = z.infer<typeof contentInputSchema>;

export const contentEventActions = [
  'created',
  'proposed',
  'submitted',
  'commented',
  'corrected',
  'approved',
  'changes-requested',
  'rejected',
  'published',
  'withdrawn',
  'expired',
] as const;

/** A decision or a comment on an item, as its author and reviewers see it. */
export const contentEventSchema = z.object({
  at: z.string(),
  by: z.object({ id: z.string(), displayName: z.string() }),
  action: z.enum(contentEventActions),
  comment: z.string().optional(),
  /** On `corrected`: what a reviewer changed in the texts before approving, so the author sees it. */
  corrections: z
    .array(
      z.object({ network: networkSchema, language: localeSchema, before: z.string(), after: z.string() }),
    )
    .optional(),
});
export type ContentEvent = z.infer<typeof contentEventSchema>;

const personRefSchema = z.object({ id: z.string(), displayName: z.string() });

/**
 * Where published content stands on its way to ambassadors, which its status alone does not say: its campaign
 * may still be a draft (nobody sees it), planned for later, running (visible now) or over.
 */
export const contentReaches = [
  'waiting-for-campaign',
  'waiting-for-start',
  'visible',
  'campaign-over',
] as const;
export type ContentReach = (typeof contentReaches)[number];

export const studioItemSummarySchema = z.object({
  id: z.string(),
  title: localizedSchema,
  campaign: campaignRefSchema,
  status: contentStatusSchema,
  networks: z.array(networkSchema),
  languages: z.array(localeSchema),
  proposedBy: personRefSchema.optional(),
  publishAt: z.string().optional(),
  publishedAt: z.string().optional(),
  expiresAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  /** For published content only. */
  reach: z.enum(contentReaches).optional(),
});
export type StudioItemSummary = z.infer<typeof studioItemSummarySchema>;

/** GET /api/v1/studio/content/:itemId: everything about an item, and what the caller may do with it. */
export const studioItemSchema = studioItemSummarySchema.extend({
  brandId: z.string(),
  url: z.string(),
  preview: z.object({
    title: localizedSchema,
    description: localizedSchema,
    imageUrl: z.string().optional(),
  }),
  media: z.array(mediaSchema),
  texts: z.array(z.object({ network: networkSchema, language: localeSchema, text: z.string() })),
  hashtags: z.array(z.string()),
  author: personRefSchema,
  history: z.array(contentEventSchema),
  /** True when the four-eyes rule keeps the caller from approving: they wrote or submitted the item. */
  fourEyesApplies: z.boolean(),
});
export type StudioItem = z.infer<typeof studioItemSchema>;

export const contentListQuerySchema = z.object({
  status: contentStatusSchema.optional(),
  campaignId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  continuationToken: continuationTokenSchema.optional(),
});

/** GET /api/v1/studio/content and GET /api/v1/studio/review: newest first, one page at a time. */
export const studioItemListSchema = z.object({
  items: z.array(studioItemSummarySchema),
  continuationToken: z.string().optional(),
});
export type StudioItemList = z.infer<typeof studioItemListSchema>;

/** POST …/:itemId/submission answers with the item as submitted and the texts the disclosure was added to. */
export const submissionResultSchema = z.object({
  item: studioItemSchema,
  /** Indexes in `texts` of the texts that got the mandatory disclosure appended. */
  disclosureAddedTo: z.array(z.number().int()),
});
export type SubmissionResult = z.infer<typeof submissionResultSchema>;

export const reviewDecisions = ['approve', 'request-changes', 'reject'] as const;

/**
 * A reviewer's version of one of the item's texts, named by its slot (text-slot.ts). `position` may be left
 * out for the first text of its network and language, as clients did when an item held one text per slot.
 */
const correctedTextSchema = suggestedTextInputSchema
  .extend({
    position: z
      .number()
      .int()
      .min(0)
      .max(MAX_TEXTS - 1)
      .default(0),
  })
  .strict();

/**
 * POST /api/v1/studio/review/:itemId/decisions: the author sees the comment, so changes and rejections say why.
 * An approval may correct some of the item's texts (a typo, a word): each in `texts` replaces the item's text
 * of the same slot; the author sees what changed.
 */
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(reviewDecisions),
    comment: z.string().trim().max(2000).optional(),
    texts: z.array(correctedTextSchema).min(1).max(MAX_TEXTS).optional(),
  })
  .strict()
  .refine(
    (input) => input.decision === 'approve' || Boolean(input.comment),
    codedRule('field.reviewCommentRequired', 'say what to change, or why, for the author', ['comment']),
  )
  .refine(
    (input) => input.decision === 'approve' || input.texts === undefined,
    codedRule('field.correctionsOnlyWhenApproving', 'texts are corrected only when approving', ['texts']),
  );
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** POST /api/v1/studio/review/:itemId/comments */
export const reviewCommentSchema = z.object({ comment: z.string().trim().min(1).max(2000) }).strict();
