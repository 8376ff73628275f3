import { z } from 'zod';
import { localeSchema } from './locale-schemas';
import { localizedSchema } from './localized';

/**
 * A post the person scheduled on LinkedIn and that is not out yet: `scheduled` until its time (it can be
 * cancelled), `posting` while the service posts it (too late to cancel).
 */
export const scheduledPostSchema = z.object({
  id: z.string(),
  status: z.enum(['scheduled', 'posting']),
  at: z.iso.datetime(),
  item: z.object({ id: z.string(), title: localizedSchema }),
  network: z.literal('linkedin'),
  language: localeSchema,
  text: z.string(),
});
export type ScheduledPost = z.infer<typeof scheduledPostSchema>;

/** GET /api/v1/me/scheduled-posts: the person's posts to come, soonest first. */
export const scheduledPostListSchema = z.object({ items: z.array(scheduledPostSchema) });
export type ScheduledPostList = z.infer<typeof scheduledPostListSchema>;
