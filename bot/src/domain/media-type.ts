import { isMediaType, maxMediaBytes, mediaTypes } from '@contract/media';
import type { MediaKind, MediaType } from '@contract/media';
import type { Refusal } from '@contract/problem-codes';

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

export type MediaRefusal = { ok: false; status: 413 | 415; reason: Refusal };
export type MediaCheck = { ok: true; type: MediaType; kind: MediaKind; limit: number } | MediaRefusal;

const ACCEPTED =
  'Upload a PNG, JPEG, GIF or WebP image (5 MB at most) or an MP4, MOV or WebM video (50 MB at most).';
/** Enough of a file to tell its type (`sniffMediaType` reads at most the first 64 bytes). */
export const SNIFF_BYTES = 64;

/**
 * What can be decided before reading the file: its declared type is one of ours, and its declared length (when
 * the client says it) is within the limit of its kind. Browsers may declare JPEG as "image/jpg".
 */
export function checkDeclaredMedia(
  declaredType: string | undefined,
  declaredBytes: number | undefined,
): MediaCheck {
  const declared = (declaredType ?? '')
    .replace(/;.*$/, '')
    .trim()
    .toLowerCase()
    .replace(/^image\/jpg$/, 'image/jpeg');
  if (!isMediaType(declared))
    return {
      ok: false,
      status: 415,
      reason: {
        code: 'media.typeNotAccepted',
        detail: `${declared || 'This type'} is not accepted. ${ACCEPTED}`,
      },
    };
  const { kind } = mediaTypes[declared];
  const limit = maxMediaBytes[kind];
  if (declaredBytes !== undefined && declaredBytes > limit) return tooLarge(kind, declaredBytes);
  return { ok: true, type: declared, kind, limit };
}

/** The file's first bytes (`SNIFF_BYTES` of them, or all of a shorter file) must show the declared type. */
export function checkMediaContent(declared: MediaType, head: Uint8Array): MediaCheck {
  const actual = sniffMediaType(head);
  if (actual !== declared) {
    return {
      ok: false,
      status: 415,
      reason: {
        code: 'media.contentMismatch',
        detail: `The file is declared as ${declared} but its content is ${actual ?? 'not a supported image or video'}.`,
      },
    };
  }
  const { kind } = mediaTypes[actual];
  return { ok: true, type: actual, kind, limit: maxMediaBytes[kind] };
}

/** Past the limit of its kind: `bytes` when the client declared the length, else only that it went past. */
export function tooLarge(kind: MediaKind, bytes?: number): MediaRefusal {
  const limit = `${kind === 'image' ? 'Images' : 'Videos'} may not exceed ${megabytes(maxMediaBytes[kind])}`;
  return {
    ok: false,
    status: 413,
    reason: {
      code: kind === 'image' ? 'media.imageTooLarge' : 'media.videoTooLarge',
      params: { maximumMb: maxMediaBytes[kind] / (1024 * 1024) },
      detail: bytes === undefined ? `${limit}.` : `${limit}; this one is ${megabytes(bytes)}.`,
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
