import { z } from 'zod';
import type { ProblemCode } from './problem-codes';
import { webAddressSchema } from './web-address';

/** POST /api/v1/studio/link-preview */
export const linkPreviewRequestSchema = z.object({ url: webAddressSchema }).strict();

/** What the page says about itself in its Open Graph tags (or its title and description). */
export const linkPreviewSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  imageUrl: z.string().optional(),
});
export type LinkPreview = z.infer<typeof linkPreviewSchema>;

/** Why a page could not be previewed (see the link preview fetcher). */
export type LinkPreviewFailure = 'timeout' | 'private-address' | 'unreachable' | 'not-html' | 'bad-status';

/** Each failure as a code the tab translates (it then asks the person to fill in the preview themselves). */
export const linkPreviewFailureCodes = {
  timeout: 'linkPreview.timeout',
  'private-address': 'linkPreview.privateAddress',
  unreachable: 'linkPreview.unreachable',
  'not-html': 'linkPreview.notHtml',
  'bad-status': 'linkPreview.badStatus',
} as const satisfies Record<LinkPreviewFailure, ProblemCode>;
