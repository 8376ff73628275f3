import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { networkSchema } from './network-schema';
import { MAX_PROPOSAL_TITLE_LENGTH } from './proposals';
import { MAX_TEXT_LENGTH } from './content';
import { idSchema } from './web-address';
import { writingAngles } from './writing-angle';

export const writingAngleSchema = z.enum(writingAngles);

/** POST /api/v1/library/:itemId/suggestions: texts to start from, for this network, language and angle. */
export const suggestionRequestSchema = z
  .object({ network: networkSchema, language: localeSchema, angle: writingAngleSchema })
  .strict();
export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;

/**
 * POST /api/v1/proposals/suggestions: the same help for a proposal, which has no item yet: the campaign it is
 * for, and whatever the person has written so far.
 */
export const proposalSuggestionRequestSchema = suggestionRequestSchema
  .extend({
    campaignId: idSchema,
    title: z.string().trim().max(MAX_PROPOSAL_TITLE_LENGTH).optional(),
    draft: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
  })
  .strict();
export type ProposalSuggestionRequest = z.infer<typeof proposalSuggestionRequestSchema>;

/**
 * What the guardrails found in a variant, as they found it: nothing is dropped or changed unsaid. A banned term,
 * a foreign link or an excess length is for the person to fix; the disclosure is added, and said so.
 */
export const suggestionFindingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('banned-term'), term: z.string() }),
  z.object({ kind: z.literal('too-long'), length: z.number().int(), maxLength: z.number().int() }),
  z.object({ kind: z.literal('link-domain'), domain: z.string() }),
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('disclosure-added'), disclosure: z.string() }),
]);
export type SuggestionFinding = z.infer<typeof suggestionFindingSchema>;

export const suggestionsSchema = z.object({
  suggestions: z.array(z.object({ text: z.string(), findings: z.array(suggestionFindingSchema) })),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;
export type Suggestion = Suggestions['suggestions'][number];
