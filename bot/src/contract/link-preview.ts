import { z } from 'zod';
import { webAddressSchema } from './web-address';

/** POST /api/v1/studio/link-preview */
export const linkPreviewRequestSchema = z.object({ url: webAddressSchema }).strict();
export type LinkPreviewRequest = z.infer<typeof linkPreviewRequestSchema>;

/** What the page says about itself in its Open Graph tags (or its title and description). */
export const linkPreviewSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  imageUrl: z.string().optional(),
});
export type LinkPreview = z.infer<typeof linkPreviewSchema>;
