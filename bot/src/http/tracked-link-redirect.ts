import { parse as parseCookie } from 'cookie';
import express from 'express';
import type { Router } from 'express';
import { LINK_CODE_PATTERN } from '../domain/tracked-links';
import type { LinkRepository } from '../store/link-repository';
import type { ClickRecorder } from '../tracking/click-recorder';
import { toLocale } from '@contract/locale';
import { ApiError } from './api-error';
import { withdrawnLinkPage } from './withdrawn-link-page';

export const SELF_COOKIE = 'ambassade_self';
export const SELF_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * `GET /r/{code}`: a 302 to the item's address with its UTM parameters, then the click is counted in the
 * background. The destination is only ever the address stored when the link was made: never an open redirect.
 * Once the item is withdrawn, the link answers a page saying so (410), and counts nothing.
 */
export function createTrackedLinkRouter(links: LinkRepository, recorder: ClickRecorder): Router {
  const router = express.Router();
  router.get('/r/:code', async (req, res) => {
    const code = req.params.code;
    const link = LINK_CODE_PATTERN.test(code) ? await links.get(code) : undefined;
    if (!link || !/^https?:\/\//.test(link.destination)) {
      res.set('Cache-Control', 'no-store');
      throw ApiError.notFound(
        'This link does not exist, or no longer does: check the address, it may have been cut short when copied.',
      );
    }
    if (link.withdrawnAt) {
      const locale = toLocale(req.headers['accept-language']);
      res.status(410).set({ 'Cache-Control': 'no-store', 'Content-Language': locale }).type('html');
      res.send(withdrawnLinkPage(locale));
      return;
    }
    res
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .redirect(302, link.destination);
    if (req.method !== 'GET') return;
    recorder.record({
      link,
      address: req.ip ?? req.socket.remoteAddress ?? '',
      userAgent: req.headers['user-agent'],
      selfMarker: parseCookie(req.headers.cookie ?? '')[SELF_COOKIE],
      at: new Date(),
    });
  });
  return router;
}
