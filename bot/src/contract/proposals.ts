import { z } from 'zod';
import { contentEventSchema, contentStatusSchema, MAX_TEXT_LENGTH } from './content';
import { guardrailRuleSchema } from './content-policy';
import { campaignRefSchema } from './library';
import { localeSchema } from './locale';
import { localizedSchema } from './localized';
import { mediaIdSchema } from './media';
import { networkSchema } from './network';
import { idSchema, webAddressSchema } from './web-address';

/** POST /api/v1/proposals: an ambassador proposes a post of their own for the library. */
export const proposalInputSchema = z
  .object({
    campaignId: idSchema,
    network: networkSchema,
    language: localeSchema,
    text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
    url: webAddressSchema,
    media: z.array(mediaIdSchema).max(4),
  })
  .strict();
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
