import { describe, expect, it } from 'vitest';
import { checkDeclaredMedia, checkMediaContent, sniffMediaType, tooLarge } from './media-type';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest of the image');
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');

describe('sniffMediaType', () => {
  it('recognises images by their first bytes', () => {
    expect(sniffMediaType(png)).toBe('image/png');
    expect(sniffMediaType(jpeg)).toBe('image/jpeg');
    expect(sniffMediaType(bytes('GIF89a', [1, 0]))).toBe('image/gif');
    expect(sniffMediaType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('recognises MP4, QuickTime and WebM videos', () => {
    expect(sniffMediaType(bytes([0, 0, 0, 0x18], 'ftypisom'))).toBe('video/mp4');
    expect(sniffMediaType(bytes([0, 0, 0, 0x14], 'ftypqt  '))).toBe('video/quicktime');
    expect(sniffMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'))).toBe(
      'video/webm',
    );
    expect(
      sniffMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska')),
    ).toBeUndefined();
  });

  it('knows nothing of other content, an HTML page or an SVG disguised as an image for instance', () => {
    expect(sniffMediaType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    expect(sniffMediaType(bytes('<!doctype html>'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});

describe('checkDeclaredMedia and checkMediaContent', () => {
  it('accepts a file whose content is the type it declares, with the limit of its kind', () => {
    expect(checkDeclaredMedia('image/png', 100)).toEqual({
      ok: true,
      type: 'image/png',
      kind: 'image',
      limit: 5 * 1024 * 1024,
    });
    expect(checkDeclaredMedia('image/jpg', undefined)).toMatchObject({ ok: true, type: 'image/jpeg' });
    expect(checkMediaContent('image/png', png)).toMatchObject({ ok: true, kind: 'image' });
    expect(checkMediaContent('image/jpeg', jpeg)).toMatchObject({ ok: true, kind: 'image' });
  });

  it('refuses types it does not take, and content that is not what is declared', () => {
    expect(checkDeclaredMedia('image/svg+xml', 6)).toMatchObject({ ok: false, status: 415 });
    expect(checkDeclaredMedia(undefined, 6)).toMatchObject({ ok: false, status: 415 });
    expect(checkMediaContent('image/png', jpeg)).toEqual({
      ok: false,
      status: 415,
      reason: {
        code: 'media.contentMismatch',
        detail: 'The file is declared as image/png but its content is image/jpeg.',
      },
    });
  });

  it('holds images to 5 MB and videos to 50 MB, from the declared length', () => {
    expect(checkDeclaredMedia('image/png', 5 * 1024 * 1024)).toMatchObject({ ok: true });
    expect(checkDeclaredMedia('image/png', 5 * 1024 * 1024 + 1)).toMatchObject({ ok: false, status: 413 });
    expect(checkDeclaredMedia('image/png', 6.5 * 1024 * 1024)).toEqual({
      ok: false,
      status: 413,
      reason: {
        code: 'media.imageTooLarge',
        params: { maximumMb: 5 },
        detail: 'Images may not exceed 5 MB; this one is 6.5 MB.',
      },
    });
    expect(checkDeclaredMedia('video/mp4', 6 * 1024 * 1024)).toMatchObject({ ok: true, kind: 'video' });
    expect(tooLarge('video')).toEqual({
      ok: false,
      status: 413,
      reason: {
        code: 'media.videoTooLarge',
        params: { maximumMb: 50 },
        detail: 'Videos may not exceed 50 MB.',
      },
    });
  });
});
