import { z } from 'zod';
import { networkSchema } from './network-schema';

const figures = { shares: z.number().int(), clicks: z.number().int(), estimatedReach: z.number().int() };

/** GET /api/v1/me/impact: my shares, the clicks they brought, my estimated reach. */
export const impactSchema = z.object({
  totals: z.object(figures),
  byNetwork: z.array(z.object({ network: networkSchema, ...figures })),
  /** One entry per calendar month (UTC) with activity, oldest first. */
  byMonth: z.array(z.object({ month: z.string(), shares: z.number().int(), clicks: z.number().int() })),
  recentShares: z.array(
    z.object({
      itemId: z.string(),
      title: z.object({ fr: z.string(), en: z.string() }),
      network: networkSchema,
      sharedAt: z.string(),
      clicks: z.number().int(),
    }),
  ),
});
export type Impact = z.infer<typeof impactSchema>;
