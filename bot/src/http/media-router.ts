import express from 'express';
import type { Router } from 'express';
import { pipeline } from 'node:stream/promises';
import type { MediaStore } from '../media/media-store';
import { ApiError } from './api-error';

/**
 * Serves uploaded media at `/media/{id}` without sign-in, like any picture in a link preview: ids are random
 * (unguessable) and each medium is served as the type it was checked to be, never sniffed, never run.
 */
export function createMediaRouter(store: MediaStore): Router {
  const router = express.Router();
  router.get('/media/:mediaId', async (req, res) => {
    const media = await store.open(req.params['mediaId'] ?? '');
    if (!media)
      throw ApiError.notFound('media.notFound', 'This photo or video does not exist or was removed.');
    res.set({
      'Content-Type': media.contentType,
      'Content-Length': String(media.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    try {
      await pipeline(media.body, res);
    } catch (error) {
      // A viewer closing the page mid-download is not a fault of ours.
      req.log.debug({ err: error }, 'media download interrupted');
    }
  });
  return router;
}
