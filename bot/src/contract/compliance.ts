import { z } from 'zod';
import { instantSchema, periodInOrder } from './instant';
import { localizedSchema } from './localized';
import { networkSchema } from './network-schema';
import { pageQuerySchema, pageSchema } from './people';
import { resourceIdSchema } from './resource-id';

export const archiveFormats = ['jsonl', 'eml', 'csv'] as const;
export type ArchiveFormat = (typeof archiveFormats)[number];

/** GET /api/v1/compliance/archive: a period (`to` inclusive for a day, exclusive for an instant) and a format. */
export const archiveQuerySchema = z
  .object({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    format: z.enum(archiveFormats).default('jsonl'),
  })
  .refine(...periodInOrder);

export const chainBreakSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('altered'), recordId: z.string(), seq: z.number() }),
  z.object({ kind: z.literal('unlinked'), recordId: z.string(), seq: z.number() }),
  z.object({ kind: z.literal('missing'), seq: z.number() }),
]);

/** GET /api/v1/compliance/archive/verification: the chain walked end to end, and the first record that fails. */
export const archiveVerificationSchema = z.object({
  intact: z.boolean(),
  records: z.number(),
  lastHash: z.string(),
  checkedAt: z.string(),
  firstBreak: chainBreakSchema.optional(),
});
export type ArchiveVerification = z.infer<typeof archiveVerificationSchema>;

/** GET /api/v1/compliance/shares: what ambassadors shared, newest first, filtered. */
export const supervisionQuerySchema = pageQuerySchema
  .extend({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    personId: resourceIdSchema.optional(),
    network: networkSchema.optional(),
    campaignId: resourceIdSchema.optional(),
    words: z.string().trim().max(100).optional(),
  })
  .refine(...periodInOrder);

export const followUpSchema = z.object({
  at: z.string(),
  by: z.object({ id: z.string(), name: z.string() }),
  note: z.string(),
  /** The advice sent to the ambassador from the bot, if the reviewer chose to send one. */
  message: z.string().optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** A follow-up as recorded, and whether its advice is on its way to the ambassador's chat (they may have turned messages off). */
export const followUpResultSchema = z.object({ followUp: followUpSchema, messageQueued: z.boolean() });
export type FollowUpResult = z.infer<typeof followUpResultSchema>;

export const supervisedShareSchema = z.object({
  /** The archive record: follow-ups are attached to it. */
  recordId: z.string(),
  at: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  network: networkSchema,
  language: z.string(),
  text: z.string(),
  /** The approved text it came from, for that network and language; absent when none was archived. */
  suggestedText: z.string().optional(),
  itemId: z.string().optional(),
  itemTitle: localizedSchema.optional(),
  campaign: z.object({ id: z.string(), name: localizedSchema }).optional(),
  trackedUrl: z.string().optional(),
  /** Guardrails the text meets badly under today's policy, in the reader's language. */
  findings: z.array(z.string()),
  followUps: z.array(followUpSchema),
});
export type SupervisedShare = z.infer<typeof supervisedShareSchema>;

export const supervisedShareListSchema = pageSchema(supervisedShareSchema);
export type SupervisedShareList = z.infer<typeof supervisedShareListSchema>;

/** POST /api/v1/compliance/shares/:recordId/follow-ups: a private note, and advice for the ambassador if wanted. */
export const followUpInputSchema = z.object({
  note: z.string().trim().min(1).max(2_000),
  message: z.string().trim().min(1).max(1_000).optional(),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

/** How long each kind of data is kept; the archive's floor is the three years regulators ask for. */
export const retentionSettingsSchema = z.object({
  archiveYears: z.number().int().min(3).max(10),
  activityMonths: z.number().int().min(1).max(120),
  auditYears: z.number().int().min(1).max(10),
  outboxDays: z.number().int().min(1).max(365),
  leaversDays: z.number().int().min(1).max(3_650),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const legalHoldScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: resourceIdSchema }),
  z.object({ kind: z.literal('campaign'), campaignId: resourceIdSchema }),
  z.object({ kind: z.literal('period'), from: z.iso.date(), to: z.iso.date() }).refine(...periodInOrder),
]);
export type LegalHoldScope = z.infer<typeof legalHoldScopeSchema>;

/** POST /api/v1/admin/legal-holds. */
export const legalHoldInputSchema = z.object({
  scope: legalHoldScopeSchema,
  /** The person's or campaign's name as the administrator chose it, so the list reads without looking ids up. */
  subjectName: z.string().trim().max(200).optional(),
  reason: z.string().trim().min(1).max(500),
});
export type LegalHoldInput = z.infer<typeof legalHoldInputSchema>;

export const legalHoldSchema = legalHoldInputSchema.extend({
  id: z.string(),
  placedAt: z.string(),
  placedBy: z.object({ id: z.string(), name: z.string() }),
});
export type LegalHold = z.infer<typeof legalHoldSchema>;

/** When the purge last ran, and how much of each kind it removed. */
export const purgeReportSchema = z.object({
  at: z.string(),
  archiveRecords: z.number(),
  activity: z.number(),
  audit: z.number(),
  outbox: z.number(),
  leavers: z.number(),
});
export type PurgeReport = z.infer<typeof purgeReportSchema>;

/** GET /api/v1/admin/retention: the settings, and the holds in force. */
export const retentionSchema = z.object({
  settings: retentionSettingsSchema,
  holds: z.array(legalHoldSchema),
  lastPurge: purgeReportSchema.optional(),
  /** What a regulator is told about the archive's store: the last whole day exported to it. */
  exportedThrough: z.string().optional(),
});
export type Retention = z.infer<typeof retentionSchema>;
