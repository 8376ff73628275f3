import { z } from 'zod';
import { audienceSchema } from './campaigns';
import { localizedSchema, localizedTextSchema } from './localized';
import { pageQuerySchema, pageSchema } from './people';
import { idSchema, instantSchema } from './web-address';

/** What prompted a nudge: a manager (`custom`), or one of the rules the nudge job applies. */
export const nudgeKinds = [
  'launch',
  'new-content',
  'reminder',
  're-engagement',
  'digest',
  'linkedin-expiry',
  'learning-stalled',
  'custom',
] as const;
export const nudgeKindSchema = z.enum(nudgeKinds);
export type NudgeKind = z.infer<typeof nudgeKindSchema>;

/**
 * `scheduled`: waits for its time; `sending`: being written to the outbox; `sent`: every delivery is in the
 * outbox (the dispatcher sends them at the tenant's rate); `cancelled`: withdrawn before its time.
 */
export const nudgeStatuses = ['scheduled', 'sending', 'sent', 'cancelled'] as const;
export const nudgeStatusSchema = z.enum(nudgeStatuses);
export type NudgeStatus = z.infer<typeof nudgeStatusSchema>;

/** Where the card's button leads: a library item, or a campaign's content in the library. */
export const nudgeLinkSchema = z.object({ type: z.enum(['item', 'campaign']), id: idSchema }).strict();
export type NudgeLink = z.infer<typeof nudgeLinkSchema>;

export const NUDGE_TITLE_MAX = 120;
export const NUDGE_TEXT_MAX = 1000;

/** POST /api/v1/studio/nudges */
export const nudgeInputSchema = z
  .object({
    audience: audienceSchema,
    /** Absent: now. */
    sendAt: instantSchema.optional(),
    title: localizedTextSchema(NUDGE_TITLE_MAX),
    text: localizedTextSchema(NUDGE_TEXT_MAX),
    link: nudgeLinkSchema.optional(),
  })
  .strict();
export type NudgeInput = z.infer<typeof nudgeInputSchema>;

/** GET /api/v1/studio/nudges */
export const nudgeListQuerySchema = pageQuerySchema.extend({
  origin: z.enum(['authored', 'rule']).optional(),
});

export const nudgeProgressSchema = z.object({
  sent: z.number().int(),
  failed: z.number().int(),
  /** Waiting in the outbox (quiet hours included) or being sent. */
  pending: z.number().int(),
  /** Blocked the bot while the nudge was on its way. */
  unreachable: z.number().int(),
  /** When the pending deliveries should all be out at the configured rate; absent when none are pending. */
  estimatedFinishAt: z.string().optional(),
});
export type NudgeProgress = z.infer<typeof nudgeProgressSchema>;

export const nudgeSchema = z.object({
  id: z.string(),
  kind: nudgeKindSchema,
  origin: z.enum(['authored', 'rule']),
  status: nudgeStatusSchema,
  title: localizedSchema,
  text: localizedSchema,
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(z.string()),
  }),
  sendAt: z.string(),
  link: nudgeLinkSchema.optional(),
  createdAt: z.string(),
  /** Filled once the nudge went to the outbox: how many were queued, and who could not be reached. */
  outcome: z
    .object({
      queued: z.number().int(),
      unreachable: z.number().int(),
      optedOut: z.number().int(),
      /** People who chose a digest: the nudge waits for their next digest. */
      inDigest: z.number().int(),
    })
    .optional(),
  progress: nudgeProgressSchema,
});
export type Nudge = z.infer<typeof nudgeSchema>;

export const nudgeListSchema = pageSchema(nudgeSchema);
export type NudgeList = z.infer<typeof nudgeListSchema>;
