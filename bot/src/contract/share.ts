import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { networkSchema } from './network-schema';
import type { ShareMechanism } from './network';
import { codedRule } from './problem-codes';

/** How far ahead a post may be scheduled: a month, well inside the LinkedIn connection's 60 days. */
export const SCHEDULE_HORIZON_DAYS = 30;
const DAY_MS = 86_400_000;

/** Why a post cannot be scheduled at `at` (epoch ms) when it is `now`: undefined when it can. */
export function scheduleTimeIssue(
  at: number,
  now: number,
): 'field.mustBeInFuture' | 'field.tooFarAhead' | undefined {
  if (at <= now) return 'field.mustBeInFuture';
  if (at > now + SCHEDULE_HORIZON_DAYS * DAY_MS) return 'field.tooFarAhead';
  return undefined;
}

/** A scheduled post's time: an instant with its offset, in the future and within the horizon. */
const scheduleAtSchema = z.iso.datetime({ offset: true }).superRefine((at, context) => {
  const issue = scheduleTimeIssue(Date.parse(at), Date.now());
  if (issue) {
    const message =
      issue === 'field.mustBeInFuture'
        ? 'must be in the future'
        : `must be within ${SCHEDULE_HORIZON_DAYS} days`;
    context.addIssue({ code: 'custom', ...codedRule(issue, message) });
  }
});

/**
 * POST /api/v1/library/:itemId/shares: the person confirms they share this text on this network. Without `mode`,
 * the answer says how to hand it to the network; with `mode: "post"` (LinkedIn, once connected), the service posts
 * it in their name, now or, with `at`, at that time.
 */
export const shareRequestSchema = z
  .object({
    network: networkSchema,
    language: localeSchema,
    text: z.string().max(10_000),
    mode: z.literal('post').optional(),
    at: scheduleAtSchema.optional(),
  })
  .strict()
  .refine(
    (request) => request.at === undefined || request.mode === 'post',
    codedRule('field.invalid', 'only a post (mode "post") is scheduled', ['at']),
  );
export type ShareRequest = z.infer<typeof shareRequestSchema>;

export const shareResultSchema = z.object({
  mechanism: z.custom<ShareMechanism>(),
  /** The network's share page to open, when it has one. */
  openUrl: z.string().optional(),
  /** The text to put on the clipboard when the network cannot prefill it. */
  clipboardText: z.string().optional(),
  /** The media to download for networks without a web intent. */
  downloadUrl: z.string().optional(),
  trackedUrl: z.string(),
  finalText: z.string(),
  disclosureAdded: z.boolean(),
  /** False when this person had already shared this item on this network (counted once). */
  firstShare: z.boolean(),
});
export type ShareResult = z.infer<typeof shareResultSchema>;

/** What `mode: "post"` answers: the share, posted, and the post's URN on the network. */
export const postedShareSchema = z.object({
  shareId: z.string(),
  status: z.literal('posted'),
  postUrn: z.string(),
});
export type PostedShare = z.infer<typeof postedShareSchema>;

/** The post's own page on LinkedIn, from its URN (`urn:li:share:…` or `urn:li:ugcPost:…`). */
export function linkedInPostUrl(postUrn: string): string {
  return `https://www.linkedin.com/feed/update/${postUrn}`;
}

/** What `mode: "post"` with `at` answers: the post, scheduled (`shareId` is the scheduled post's id). */
export const scheduledShareSchema = z.object({
  shareId: z.string(),
  status: z.literal('scheduled'),
  /** When it will be posted: the time asked, or the end of the person's quiet hours when it fell inside them. */
  at: z.iso.datetime(),
  /** The time asked fell inside the person's quiet hours: `at` is when they end. */
  movedOutOfQuietHours: z.boolean(),
});
export type ScheduledShare = z.infer<typeof scheduledShareSchema>;

/** What the share route answers: how to hand the text to the network, or the post the service made or scheduled. */
export const shareAnswerSchema = z.union([shareResultSchema, postedShareSchema, scheduledShareSchema]);
