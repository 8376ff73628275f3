import { z } from 'zod';
import { codedRule } from './problem-codes';
import { studioItemSummarySchema } from './content';
import { localeSchema } from './locale-schemas';
import { localizedSchema, localizedTextSchema } from './localized';
import { idSchema, instantSchema } from './web-address';

export const campaignObjectives = [
  'awareness',
  'recruitment',
  'employer-brand',
  'product-launch',
  'crisis-response',
  'other',
] as const;
export const campaignObjectiveSchema = z.enum(campaignObjectives);
export type CampaignObjective = z.infer<typeof campaignObjectiveSchema>;

/**
 * A campaign's status as people see it. Only `draft`, `scheduled` (planned) and `archived` are decisions a
 * person takes; `live` and `ended` follow from the dates of a planned campaign.
 */
export const campaignStatuses = ['draft', 'scheduled', 'live', 'ended', 'archived'] as const;
export const campaignStatusSchema = z.enum(campaignStatuses);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/** What a person decides about a campaign; the dates do the rest. */
export const campaignDecisions = ['draft', 'scheduled', 'archived'] as const;
export const campaignDecisionSchema = z.enum(campaignDecisions);
export type CampaignDecision = z.infer<typeof campaignDecisionSchema>;

/** Whom something is for: campaigns, polls and events alike. */
export const audienceSchema = z
  .object({
    /** Groups of any kind; sites are groups of kind `site`. Empty: everyone. */
    groupIds: z.array(idSchema).max(50),
    brandIds: z.array(idSchema).max(20),
    languages: z.array(localeSchema).max(2),
  })
  .strict();

const targetsSchema = z
  .object({
    shares: z.number().int().min(0).max(10_000_000),
    clicks: z.number().int().min(0).max(1_000_000_000),
    /** Share of the audience's ambassadors who share at least once, 0 to 1. */
    participationRate: z.number().min(0).max(1),
  })
  .strict();

/** POST /api/v1/studio/campaigns and PUT /api/v1/studio/campaigns/:campaignId */
export const campaignInputSchema = z
  .object({
    name: localizedTextSchema(120),
    objective: campaignObjectiveSchema,
    brandId: idSchema,
    startsAt: instantSchema,
    endsAt: instantSchema,
    audience: audienceSchema,
    targets: targetsSchema,
  })
  .strict()
  .refine(
    (input) => Date.parse(input.endsAt) > Date.parse(input.startsAt),
    codedRule('field.mustBeAfterStart', 'must be after the start', ['endsAt']),
  );
export type CampaignInput = z.infer<typeof campaignInputSchema>;

/** PUT /api/v1/studio/campaigns/:campaignId/status */
export const campaignStatusChangeSchema = z.object({ status: campaignDecisionSchema }).strict();

export const campaignSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: localizedSchema,
  objective: campaignObjectiveSchema,
  brandId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  audience: z.object({
    groupIds: z.array(z.string()),
    brandIds: z.array(z.string()),
    languages: z.array(localeSchema),
  }),
  targets: z.object({ shares: z.number(), clicks: z.number(), participationRate: z.number() }),
  status: campaignStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** GET /api/v1/studio/campaigns: every campaign of the organisation, newest period first. */
export const campaignListSchema = z.object({ items: z.array(campaignSchema) });
export type CampaignList = z.infer<typeof campaignListSchema>;

export const campaignProgressSchema = z.object({
  shares: z.number().int(),
  clicks: z.number().int(),
  /** Ambassadors of the audience who shared at least once. */
  participants: z.number().int(),
  /** Ambassadors the campaign's audience includes today. */
  eligibleAmbassadors: z.number().int(),
  participationRate: z.number(),
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;

/** GET /api/v1/studio/campaigns/:campaignId: the campaign, its content, and its progress against its targets. */
export const campaignDetailsSchema = z.object({
  campaign: campaignSchema,
  items: z.array(studioItemSummarySchema),
  progress: campaignProgressSchema,
});
export type CampaignDetails = z.infer<typeof campaignDetailsSchema>;
