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
  /** Whether "help me write it" is offered: Azure OpenAI is configured. */
  writingHelp: z.boolean(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * POST /api/v1/organisation: an administrator's first step in a new tenant, which sets the programme up: the
 * organisation's name and its brands (more can be added later through groups and content).
 */
export const organisationSetupSchema = z
  .object({
    name: z.string().trim().min(1, 'give the organisation’s name').max(200),
    brands: z
      .array(z.object({ name: z.string().trim().min(1, 'give the brand’s name').max(100) }).strict())
      .max(50),
  })
  .strict();
export type OrganisationSetup = z.infer<typeof organisationSetupSchema>;
