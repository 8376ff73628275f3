import { parse as parseCookie } from 'cookie';
import type http from 'node:http';
import { LINK_CODE_PATTERN, trackedLinkCodeIn } from '../domain/tracked-links';
import type { LinkRepository } from '../store/link-repository';
import type { ClickRecorder } from '../tracking/click-recorder';
import { toLocale } from '@contract/locale';
import type { ProblemCode } from '@contract/problem-codes';
import type { Logger } from '../logger';
import { problemWithoutRequest } from './problem-response';
import { redirectSecurityHeaders } from './security-headers';
import type { SecurityHeaders } from './security-headers';
import { withdrawnLinkPage } from './withdrawn-link-page';

export const SELF_COOKIE = 'ambassade_self';
export const SELF_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

const RETRY_AFTER_SECONDS = 1;

export interface TrackedLinkRedirectOptions {
  links: LinkRepository;
  recorder: ClickRecorder;
  /** For the pages it answers (withdrawn, not found); a redirect carries `redirectSecurityHeaders`. */
  securityHeaders: SecurityHeaders;
  /** Production: behind App Service's front end (HTTPS only, the visitor's address in `X-Forwarded-For`). */
  production: boolean;
  logger: Logger;
}

/**
 * `GET /r/{code}`: a 302 to the item's address with its UTM parameters, then the click is counted in the
 * background. The destination is only ever the address stored when the link was made: never an open redirect.
 * Once the item is withdrawn, the link answers a page saying so (410), and counts nothing.
 *
 * Served in front of the Express app (its pages with the same security headers): it is the address people
 * outside the company reach by the thousand when a post takes off, and the framework's routing and request log
 * cost several times the redirect itself (`npm run bench -- redirect`). Any other request goes on to `next`.
 */
export function trackedLinkRedirect(options: TrackedLinkRedirectOptions) {
  const redirectHeaders = redirectSecurityHeaders(options.production);
  return (req: http.IncomingMessage, res: http.ServerResponse, next: () => void): void => {
    const code = req.method === 'GET' || req.method === 'HEAD' ? trackedLinkCodeIn(req.url ?? '') : undefined;
    if (code === undefined) {
      next();
      return;
    }
    answer(options, redirectHeaders, req, res, code).catch((error: unknown) => {
      options.logger.error({ err: error, url: req.url }, 'tracked link not answered');
      sendPage(options, req, res, () => {
        res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        problem(res, 503, 'service.busy', 'The link cannot be followed right now; try again in a moment.');
      });
    });
  };
}

async function answer(
  options: TrackedLinkRedirectOptions,
  redirectHeaders: Readonly<Record<string, string>>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  code: string,
): Promise<void> {
  const { links, recorder, production } = options;
  res.setHeader('Cache-Control', 'no-store');
  const link = LINK_CODE_PATTERN.test(code) ? await links.getKept(code) : undefined;
  if (!link || !/^https?:\/\//.test(link.destination)) {
    sendPage(options, req, res, () =>
      problem(
        res,
        404,
        'link.notFound',
        'This link does not exist, or no longer does: check the address, it may have been cut short when copied.',
      ),
    );
    return;
  }
  if (link.withdrawnAt) {
    const locale = toLocale(req.headers['accept-language']);
    sendPage(options, req, res, () => {
      res.writeHead(410, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': locale });
      res.end(req.method === 'HEAD' ? undefined : withdrawnLinkPage(locale));
    });
    return;
  }
  res.writeHead(302, {
    ...redirectHeaders,
    Location: link.destination,
    'Referrer-Policy': 'no-referrer',
    'Content-Length': 0,
  });
  res.end();
  if (req.method !== 'GET') return;
  recorder.record({
    link,
    address: visitorAddress(req, production),
    userAgent: req.headers['user-agent'],
    selfMarker: parseCookie(req.headers.cookie ?? '')[SELF_COOKIE],
    at: new Date(),
  });
}

/** As Express's `trust proxy` of one hop: the address the front end saw, else the connection's. */
function visitorAddress(req: http.IncomingMessage, behindProxy: boolean): string {
  const forwarded = behindProxy ? req.headers['x-forwarded-for'] : undefined;
  const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  return last || req.socket.remoteAddress || '';
}

/** A page (not a redirect): with the security headers of every page of the service. */
function sendPage(
  { securityHeaders }: TrackedLinkRedirectOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  send: () => void,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  securityHeaders(req, res, send);
}

function problem(res: http.ServerResponse, status: number, code: ProblemCode, detail: string): void {
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8' });
  res.end(JSON.stringify(problemWithoutRequest(status, code, detail)));
}
