import { z } from 'zod';

/**
 * GET /api/v1/insights/leaders: how the programme's leaders showed the way over a period (days of the reporting
 * time zone): each leader's shares in it, and how many leaders shared at least once.
 */
export const leadersParticipationSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  leaders: z.array(
    z.object({ id: z.string(), displayName: z.string(), title: z.string(), shares: z.number().int() }),
  ),
  sharing: z.number().int(),
});
export type LeadersParticipation = z.infer<typeof leadersParticipationSchema>;
