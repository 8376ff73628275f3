import express from 'express';
import type { Request, Router } from 'express';
import path from 'node:path';

/** Vite fingerprints every file under `assets/`, so a name's content never changes: cache it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built tab: its files as they are, and its `index.html` for the page addresses the tab routes in the
 * browser. A file that does not exist falls through to the 404 problem, so a missing picture or script is
 * never answered with a web page.
 */
export function createTabFilesRouter(tabDirectory: string): Router {
  const router = express.Router();
  router.use(
    express.static(tabDirectory, {
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', IMMUTABLE);
        // The page names the current assets: a browser must always ask for it again.
        else if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.get(/^\/(?!api\/|dev\/|r\/|n\/|media\/)/, (req, res, next) => {
    if (!isNavigation(req)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(tabDirectory, 'index.html'), (error) => {
      if (error) next();
    });
  });
  return router;
}

/** A page the browser navigates to: it asks for HTML by name, at an address without a file extension. */
function isNavigation(req: Request): boolean {
  const asksForHtml = (req.headers.accept ?? '')
    .split(',')
    .some((type) => type.trim().startsWith('text/html'));
  return asksForHtml && path.posix.extname(req.path) === '';
}
