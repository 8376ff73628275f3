import { isMediaType, maxMediaBytes, mediaTypes } from '@contract/media';
import type { MediaKind, MediaType } from '@contract/media';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** The type a file's first bytes show (its "magic number"), whatever its name or declared type says. */
export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // ISO base media files (MP4, QuickTime) open with a box of type "ftyp" and their brand.
  if (ascii(bytes, 4, 8) === 'ftyp') return ascii(bytes, 8, 12) === 'qt  ' ? 'video/quicktime' : 'video/mp4';
  // WebM is Matroska (EBML header) whose DocType says "webm".
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && ascii(bytes, 0, 64).includes('webm'))
    return 'video/webm';
  return undefined;
}

export type MediaCheck =
  { ok: true; type: MediaType; kind: MediaKind } | { ok: false; status: 413 | 415; reason: string };

const ACCEPTED =
  'Upload a PNG, JPEG, GIF or WebP image (5 MB at most) or an MP4, MOV or WebM video (50 MB at most).';

/**
 * An upload is accepted when its declared type is one of ours, its content really is of that type, and it
 * is within the size limit of its kind. Browsers may declare JPEG as "image/jpg".
 */
export function checkMedia(declaredType: string | undefined, bytes: Uint8Array): MediaCheck {
  const declared = (declaredType ?? '')
    .replace(/;.*$/, '')
    .trim()
    .toLowerCase()
    .replace(/^image\/jpg$/, 'image/jpeg');
  if (!isMediaType(declared))
    return { ok: false, status: 415, reason: `${declared || 'This type'} is not accepted. ${ACCEPTED}` };
  const actual = sniffMediaType(bytes);
  if (actual !== declared) {
    return {
      ok: false,
      status: 415,
      reason: `The file is declared as ${declared} but its content is ${actual ?? 'not a supported image or video'}.`,
    };
  }
  const { kind } = mediaTypes[actual];
  const limit = maxMediaBytes[kind];
  if (bytes.length > limit) {
    return {
      ok: false,
      status: 413,
      reason: `${kind === 'image' ? 'Images' : 'Videos'} may not exceed ${megabytes(limit)}; this one is ${megabytes(bytes.length)}.`,
    };
  }
  return { ok: true, type: actual, kind };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
