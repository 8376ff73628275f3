import { z } from 'zod';

/** The media people may attach: still images and short videos, each kind with its own size limit. */
export const mediaTypes = {
  'image/png': { kind: 'image', extension: 'png' },
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/gif': { kind: 'image', extension: 'gif' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'video/mp4': { kind: 'video', extension: 'mp4' },
  'video/quicktime': { kind: 'video', extension: 'mov' },
  'video/webm': { kind: 'video', extension: 'webm' },
} as const;
export type MediaType = keyof typeof mediaTypes;
export type MediaKind = (typeof mediaTypes)[MediaType]['kind'];

export const maxMediaBytes: Record<MediaKind, number> = {
  image: 5 * 1024 * 1024,
  video: 50 * 1024 * 1024,
};

export function isMediaType(value: string): value is MediaType {
  return Object.hasOwn(mediaTypes, value);
}

/** A stored medium's id: a random UUID and the extension of its type, e.g. `…-4f1c.png`. */
export const MEDIA_ID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|gif|webp|mp4|mov|webm)$/;
export const mediaIdSchema = z.string().regex(MEDIA_ID_PATTERN, 'must be the id of an uploaded medium');

/** POST /api/v1/media answers with the stored medium; `url` is where it is served. */
export const mediaSchema = z.object({
  id: z.string(),
  url: z.string(),
  kind: z.enum(['image', 'video']),
  contentType: z.string(),
  size: z.number().int().optional(),
});
export type Media = z.infer<typeof mediaSchema>;

export function mediaUrl(id: string): string {
  return `/media/${id}`;
}
