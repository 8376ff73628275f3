import { parse as parseCookie } from 'cookie';
import express from 'express';
import type { Router } from 'express';
import { LINK_CODE_PATTERN } from '../domain/tracked-links';
import type { LinkRepository } from '../store/link-repository';
import type { ClickRecorder } from '../tracking/click-recorder';

export const SELF_COOKIE = 'ambassade_self';
export const SELF_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * `GET /r/{code}`: a 302 to the item's address with its UTM parameters, then the click is counted in the
 * background. The destination is only ever the address stored when the link was made: never an open redirect.
 */
export function createTrackedLinkRouter(links: LinkRepository, recorder: ClickRecorder): Router {
  const router = express.Router();
  router.get('/r/:code', async (req, res) => {
    const code = req.params.code;
    const link = LINK_CODE_PATTERN.test(code) ? await links.get(code) : undefined;
    if (!link || !/^https?:\/\//.test(link.destination)) {
      res.status(404).type('html').set('Cache-Control', 'no-store').send(UNKNOWN_LINK_PAGE);
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

const UNKNOWN_LINK_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lien introuvable · Link not found</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1.5rem; color: #242424; }
  p { color: #424242; line-height: 1.5; }
  @media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #fff; } p { color: #d6d6d6; } }
</style></head>
<body><main>
<h1>Ce lien n’existe pas ou plus</h1>
<p>Vérifiez l’adresse : elle a peut-être été tronquée en la copiant. Le contenu partagé est peut-être aussi arrivé à son terme.</p>
<h2 lang="en">This link does not exist, or no longer does</h2>
<p lang="en">Check the address: it may have been cut short when copied. The shared content may also have reached its end.</p>
</main></body>
</html>`;
