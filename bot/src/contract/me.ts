import { z } from 'zod';
import { appRoleSchema } from './roles';
import { localeSchema, timeZoneSchema } from './locale-schemas';

export const enrolmentStatusSchema = z.enum(['not-enrolled', 'ambassador', 'left']);

/** GET /api/v1/me: the signed-in person as the tab and the bot see them. */
export const meSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().optional(),
  locale: localeSchema,
  timeZone: z.string(),
  brandId: z.string().optional(),
  groupIds: z.array(z.string()),
  roles: z.array(appRoleSchema),
  enrolment: z.object({
    status: enrolmentStatusSchema,
    since: z.string().optional(),
  }),
});
export type Me = z.infer<typeof meSchema>;

/** PATCH /api/v1/me: the person's own display preferences. */
export const updateMeSchema = z
  .object({
    locale: localeSchema.optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
export type UpdateMe = z.infer<typeof updateMeSchema>;

/** DELETE /api/v1/me: erasure carried out; the reference confirms it. */
export const erasureReceiptSchema = z.object({
  erasedAt: z.string(),
  reference: z.string(),
  /**
   * What the law requires the programme to keep despite the request: the archive of what the person posted on
   * the company's behalf (until `until`, or while a legal hold stands), with the reason in the reader's words.
   */
  kept: z
    .object({
      archiveRecords: z.number(),
      until: z.string().optional(),
      legalHold: z.boolean(),
      explanation: z.string(),
    })
    .optional(),
});
export type ErasureReceipt = z.infer<typeof erasureReceiptSchema>;
