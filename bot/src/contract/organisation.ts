import { z } from 'zod';

export const brandSchema = z.object({ id: z.string(), name: z.string() });
export const groupSchema = z.object({
  id: z.string(),
  name: z.object({ fr: z.string(), en: z.string() }),
  kind: z.enum(['pilot', 'site', 'team', 'brand']),
  memberCount: z.number().int(),
});

/** GET /api/v1/organisation: what every employee may know about the programme's organisation. */
export const organisationSchema = z.object({
  tenantId: z.string(),
  name: z.string(),
  brands: z.array(brandSchema),
  groups: z.array(groupSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;
