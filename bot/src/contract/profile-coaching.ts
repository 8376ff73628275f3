import { z } from 'zod';

/** The parts of a LinkedIn profile the self-check walks through, in the order a visitor reads them. */
export const profilePoints = ['photo', 'headline', 'about', 'featured', 'activity'] as const;
export const profilePointSchema = z.enum(profilePoints);
export type ProfilePoint = z.infer<typeof profilePointSchema>;

/**
 * GET /api/v1/me/profile-coaching: the signed-in person's own self-check, every point with when they ticked it.
 * Private: no other route, export or figure ever reads it, and it goes with the person's erasure.
 */
export const profileCoachingSchema = z.object({
  points: z.array(z.object({ point: profilePointSchema, done: z.boolean(), doneAt: z.string().optional() })),
  updatedAt: z.string().optional(),
});
export type ProfileCoaching = z.infer<typeof profileCoachingSchema>;

/** PUT /api/v1/me/profile-coaching: the points the person now considers done (the others are not). */
export const profileCoachingInputSchema = z
  .object({ done: z.array(profilePointSchema).max(profilePoints.length) })
  .strict();
export type ProfileCoachingInput = z.infer<typeof profileCoachingInputSchema>;
