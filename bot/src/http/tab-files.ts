import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import path from 'node:path';

/** Vite fingerprints every file under `assets/`, so a name's content never changes: cache it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The copies the build writes beside each text file (see `vite.config.ts`), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;

/** The files the build compresses: any of them may be answered in another encoding. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json)$/;

/**
 * The built tab: its files as they are, and its `index.html` for the page addresses the tab routes in the
 * browser. A file the build compressed is sent in the best encoding the browser accepts, as compressed at
 * build time: no compression work per request. A file that does not exist falls through to the 404
 * problem, so a missing picture or script is never answered with a web page.
 */
export function createTabFilesRouter(tabDirectory: string): Router {
  const router = express.Router();
  router.get(COMPRESSIBLE, (req, res, next) => sendPrecompressed(tabDirectory, req.path, req, res, next));
  router.use(
    express.static(tabDirectory, {
      index: false,
      setHeaders: (res, file) => setFileHeaders(res, file),
    }),
  );
  router.get(/^\/(?!api\/|dev\/|r\/|n\/|media\/)/, (req, res, next) => {
    if (!isNavigation(req)) {
      next();
      return;
    }
    sendPrecompressed(tabDirectory, '/index.html', req, res, () =>
      res.sendFile('index.html', { root: tabDirectory, headers: fileHeaders('index.html') }, (error) => {
        if (error) next();
      }),
    );
  });
  return router;
}

function fileHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (file.includes(`${path.sep}assets${path.sep}`) || file.startsWith('assets/'))
    headers['Cache-Control'] = IMMUTABLE;
  // The page names the current assets: a browser must always ask for it again.
  else if (file.endsWith('.html')) headers['Cache-Control'] = 'no-cache';
  // Caches between here and the browser keep one copy per encoding.
  if (COMPRESSIBLE.test(file)) headers.Vary = 'Accept-Encoding';
  return headers;
}

function setFileHeaders(res: Response, file: string) {
  for (const [name, value] of Object.entries(fileHeaders(file))) res.setHeader(name, value);
}

/**
 * Sends `file`'s copy in the best encoding the request accepts, typed as the file itself; `next` when the
 * browser accepts none or the build wrote none.
 */
function sendPrecompressed(
  root: string,
  file: string,
  req: Request,
  res: Response,
  next: NextFunction,
  candidates: readonly (typeof PRECOMPRESSED)[number][] = PRECOMPRESSED,
) {
  const [variant, ...others] = candidates.filter(({ encoding }) => req.acceptsEncodings(encoding));
  if (!variant) {
    next();
    return;
  }
  const relative = file.replace(/^\/+/, '');
  const headers = { ...fileHeaders(relative), 'Content-Encoding': variant.encoding };
  // Typed as the file it is a copy of (the copy's own name would make it a ".br" download).
  res.type(path.extname(relative));
  res.sendFile(`${relative}${variant.extension}`, { root, headers, dotfiles: 'deny' }, (error) => {
    if (error && !res.headersSent) sendPrecompressed(root, file, req, res, next, others);
  });
}

/** A page the browser navigates to: it asks for HTML by name, at an address without a file extension. */
function isNavigation(req: Request): boolean {
  const asksForHtml = (req.headers.accept ?? '')
    .split(',')
    .some((type) => type.trim().startsWith('text/html'));
  return asksForHtml && path.posix.extname(req.path) === '';
}
