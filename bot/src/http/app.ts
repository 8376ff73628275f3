import compression from 'compression';
import express from 'express';
import type { RequestHandler } from 'express';
import type { RequestListener } from 'node:http';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { ClientConfig } from '@contract/client-config';
import type { Logger } from '../logger';
import type { TokenValidator } from '../identity/token-validator';
import type { ApiServices } from './api-route';
import { createApiRouter } from './api-router';
import { apiRoutes } from './api-routes';
import { validActivitiesOnly } from './bot-endpoint';
import type { ServiceUrlPolicy } from './bot-service-url';
import { identityContentEncodingOnly } from './content-encoding';
import { errorHandler, notFoundHandler } from './problem-response';
import { securityHeaders } from './security-headers';
import { createTabFilesRouter } from './tab-files';
import { trackedLinkRedirect } from './tracked-link-redirect';
import type { TrackedLinkRedirectOptions } from './tracked-link-redirect';

const REQUEST_ID = /^[A-Za-z0-9\-_.:]{8,128}$/;
const BOT_BODY_LIMIT = '1mb';
/** Below this an API answer goes as it is: compressing it would cost more than it saves. */
const API_COMPRESSION_THRESHOLD = 1024;

export interface HttpAppOptions {
  logger: Logger;
  services: ApiServices;
  validateToken: TokenValidator;
  clientConfig: ClientConfig;
  isReady: () => Promise<boolean>;
  botHandler: RequestHandler;
  /** Which `serviceUrl`s an activity may name (see `isAllowedServiceUrl`). */
  botServiceUrls: ServiceUrlPolicy;
  trackedLinks: Pick<TrackedLinkRedirectOptions, 'links' | 'recorder'>;
  /** `/n/{tenantId}/{deliveryId}`: nudge buttons, recorded as acted on, then into the tab. */
  nudgeLinks?: express.Router;
  /** `/auth/linkedin/callback`, where LinkedIn sends a person back; only when LinkedIn is configured. */
  linkedInCallback?: express.Router;
  /** Uploaded photos and videos at `/media/{id}`. */
  media: express.Router;
  /** Mounted only on local runs without Entra ID. */
  devSignIn?: express.Router;
  tabDirectory: string;
}

/** The one HTTP surface: tab, API, bot endpoint and probes on a single origin. */
export function createHttpApp(options: HttpAppOptions): RequestListener {
  const { production } = options.services.config;
  const app = express();
  app.disable('x-powered-by');
  // App Service terminates TLS in front of the app.
  if (production) app.set('trust proxy', 1);

  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  const headers = securityHeaders(production);
  app.use(headers);
  app.use(identityContentEncodingOnly);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    const ready = await options.isReady().catch((error: unknown) => {
      req.log.warn({ err: error }, 'store not reachable');
      return false;
    });
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'store unreachable' });
  });

  if (options.nudgeLinks) app.use(options.nudgeLinks);
  if (options.linkedInCallback) app.use(options.linkedInCallback);
  app.use(options.media);
  app.post(
    '/api/messages',
    express.json({ limit: BOT_BODY_LIMIT }),
    validActivitiesOnly(options.botServiceUrls),
    options.botHandler,
  );
  // API answers are compressed as they go (the tab's files were compressed at build time).
  app.use('/api/v1', compression({ threshold: API_COMPRESSION_THRESHOLD }));
  app.get('/api/v1/client-config', (_req, res) => {
    res.json(options.clientConfig);
  });
  app.use(createApiRouter(apiRoutes, options.services, options.validateToken));
  app.use('/api', notFoundHandler);
  if (options.devSignIn) app.use(options.devSignIn);

  app.use(createTabFilesRouter(options.tabDirectory));

  app.use(notFoundHandler);
  app.use(errorHandler);

  const redirect = trackedLinkRedirect({
    ...options.trackedLinks,
    securityHeaders: headers,
    production,
    logger: options.logger,
  });
  return (req, res) => redirect(req, res, () => app(req, res));
}
