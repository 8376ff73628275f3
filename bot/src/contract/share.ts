import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { networkSchema } from './network-schema';
import type { ShareMechanism } from './network';

/**
 * POST /api/v1/library/:itemId/shares: the person confirms they share this text on this network. Without `mode`,
 * the answer says how to hand it to the network; with `mode: "post"` (LinkedIn, once connected), the service posts
 * it in their name.
 */
export const shareRequestSchema = z
  .object({
    network: networkSchema,
    language: localeSchema,
    text: z.string().max(10_000),
    mode: z.literal('post').optional(),
  })
  .strict();
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

/** What the share route answers: how to hand the text to the network, or the post the service made. */
export const shareAnswerSchema = z.union([shareResultSchema, postedShareSchema]);
