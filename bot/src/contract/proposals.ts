import { z } from 'zod';
import { codedRule } from './problem-codes';
import { contentEventSchema, contentStatusSchema, MAX_TEXT_LENGTH } from './content';
import { guardrailRuleSchema } from './content-policy';
import { campaignRefSchema } from './library';
import { localeSchema } from './locale-schemas';
import { localizedSchema } from './localized';
import { mediaIdSchema } from './media';
import { networkSchema } from './network-schema';
import { idSchema, webAddressSchema } from './web-address';

export const MAX_PROPOSAL_TITLE_LENGTH = 120;

/** A photo from the shop floor has no web page: a proposal needs a link, or a photo or video, or both. */
export function hasLinkOrMedia(input: { url?: string | undefined; media: readonly unknown[] }): boolean {
  return Boolean(input.url?.trim()) || input.media.length > 0;
}

/**
 * POST /api/v1/proposals: an ambassador proposes a post of their own for the library. Without a title, the
 * link's page titles it, else the start of the text.
 */
export const proposalInputSchema = z
  .object({
    campaignId: idSchema,
    network: networkSchema,
    language: localeSchema,
    title: z.string().trim().min(1).max(MAX_PROPOSAL_TITLE_LENGTH).optional(),
    text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
    url: webAddressSchema.optional(),
    media: z.array(mediaIdSchema).max(4),
  })
  .strict()
  .refine(hasLinkOrMedia, codedRule('field.linkOrMedia', 'give a link, or add a photo or a video', ['url']));
export type ProposalInput = z.infer<typeof proposalInputSchema>;

/** GET /api/v1/proposals/options: the campaigns an ambassador may propose for, and the rules texts follow. */
export const proposalOptionsSchema = z.object({
  campaigns: z.array(campaignRefSchema),
  guardrails: z.array(guardrailRuleSchema),
});
export type ProposalOptions = z.infer<typeof proposalOptionsSchema>;

export const proposalSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  campaign: campaignRefSchema,
  network: networkSchema,
  language: localeSchema,
  text: z.string(),
  url: z.string(),
  status: contentStatusSchema,
  createdAt: z.string(),
  /** The reviewers' decisions and comments, oldest first. */
  history: z.array(contentEventSchema),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** GET /api/v1/me/proposals: what the person proposed and what became of it, newest first. */
export const proposalListSchema = z.object({ items: z.array(proposalSchema) });
export type ProposalList = z.infer<typeof proposalListSchema>;

/** POST /api/v1/proposals answers with the proposal and whether the disclosure was added to its text. */
export const proposalResultSchema = z.object({ proposal: proposalSchema, disclosureAdded: z.boolean() });
export type ProposalResult = z.infer<typeof proposalResultSchema>;
