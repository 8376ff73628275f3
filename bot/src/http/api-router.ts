import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import type { z } from 'zod';
import type { Request, RequestHandler, Response, Router } from 'express';
import { ApiError } from './api-error';
import { Reply, versionIn } from './api-route';
import type { Access, ApiRoute, ApiServices, Upload } from './api-route';
import { authenticate, isAllowed } from './authenticate';
import { toLocale } from '@contract/locale';
import type { PersonDoc } from '../domain/documents';
import type { Principal } from '../identity/principal';
import { currentPerson } from './routes/current-person';
import { listIdentity, PageTokens } from './page-tokens';
import type { TokenValidator } from '../identity/token-validator';

const JSON_BODY_LIMIT = '100kb';

/**
 * Mounts the route table. Each request is authenticated and authorized before its body is even read,
 * then validated (path parameters, query, body), then handed to the handler. Continuation tokens are opened
 * on the way in and sealed on the way out, so handlers and the store only ever see the store's own.
 */
export function createApiRouter(routes: ApiRoute[], services: ApiServices, validate: TokenValidator): Router {
  const router = express.Router();
  const readJson = express.json({ limit: JSON_BODY_LIMIT, strict: true });
  const pageTokens = new PageTokens(services.config.pageTokenKey);

  for (const route of routes) {
    checkDeclaredParams(route);
    const { upload } = route.handler;
    const readBody = upload ? refuseDeclaredPast(upload.maxBytes) : readJson;
    router[route.method](route.path, authorize(route.access, validate), readBody, async (req, res) => {
      const { handler } = route;
      if (handler.body && !req.is('application/json')) {
        throw new ApiError(415, 'request.notJson', 'Send the body as application/json.', {
          errors: [
            { field: 'body', code: 'request.notJson', message: 'content type must be application/json' },
          ],
        });
      }
      const principal = res.locals['principal'] as Principal;
      const params = parse('params', handler.params, req.params);
      const query = parse('query', handler.query, req.query);
      const list = listIdentity(principal.tenantId, `${route.method} ${route.path}`, params, query);
      let person: Promise<PersonDoc> | undefined;
      const result = await handler.handle({
        principal,
        accessToken: res.locals['accessToken'] as string,
        currentPerson: () =>
          (person ??= currentPerson(services.repositories, principal, req.headers['accept-language'])),
        locale: toLocale(req.headers['accept-language']),
        ifMatch: ifMatchOf(req),
        body: (upload ? uploadOf(req) : parse('body', handler.body, req.body)) as never,
        query: pageTokens.openIn(query, list) as never,
        params: params as never,
        services,
      });
      if (services.config.checkAnswers) checkAnswer(route, result);
      await send(res, pageTokens.sealIn(result, list), services.config.production);
    });
  }
  return router;
}

async function send(res: Response, result: unknown, production: boolean): Promise<void> {
  if (!(result instanceof Reply)) {
    res.json(result);
    return;
  }
  const { status = 200, contentType, headers = {}, cookies = [] } = result.init;
  res.status(status).set(headers);
  for (const cookie of cookies) {
    res.cookie(cookie.name, cookie.value, {
      path: cookie.path,
      maxAge: cookie.maxAgeMs,
      httpOnly: true,
      sameSite: 'lax',
      secure: production,
    });
  }
  if (isStream(result.body)) {
    // Written as it is produced: a failure half-way cuts the connection, so a partial file never looks whole.
    res.type(contentType ?? 'application/octet-stream');
    await pipeline(Readable.from(result.body), res);
  } else if (contentType) res.type(contentType).send(result.body);
  else res.json(result.body);
}

/** A JSON answer that its route's contract does not describe is the service's bug: a 500 that names it. */
function checkAnswer(route: ApiRoute, result: unknown): void {
  if (result instanceof Reply && result.init.contentType) return;
  const body = result instanceof Reply ? result.body : result;
  const checked = route.handler.answer.safeParse(body);
  if (!checked.success) {
    throw new Error(
      `${route.method.toUpperCase()} ${route.path} answered outside its contract: ${checked.error.message}`,
    );
  }
}

function isStream(body: unknown): body is AsyncIterable<string> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}

function authorize(access: Access, validate: TokenValidator): RequestHandler {
  return async (req, res, next) => {
    const { principal, token } = await authenticate(req, validate);
    if (!isAllowed(access, principal)) throw ApiError.forbidden();
    res.locals['principal'] = principal;
    res.locals['accessToken'] = token;
    next();
  };
}

/** `If-Match` as the tab sends it (an `ETag` it was given); `*` asks for nothing; anything else is refused. */
function ifMatchOf(req: Request): string | undefined {
  const value = req.headers['if-match'];
  if (value === undefined || value.trim() === '*') return undefined;
  const version = versionIn(value);
  if (!version)
    throw ApiError.invalid([
      { field: 'headers.if-match', code: 'field.notAnEtag', message: 'must be an ETag this API gave' },
    ]);
  return version;
}

function uploadOf(req: Request): Upload {
  return { body: req, contentType: req.headers['content-type'], declaredBytes: declaredLength(req) };
}

function declaredLength(req: Request): number | undefined {
  const length = Number(req.headers['content-length']);
  return req.headers['content-length'] !== undefined && Number.isSafeInteger(length) ? length : undefined;
}

/** An upload says how long it is: past the route's bound, it is refused before a byte of it is read. */
function refuseDeclaredPast(maxBytes: number): RequestHandler {
  return (req, _res, next) => {
    if ((declaredLength(req) ?? 0) > maxBytes) {
      throw new ApiError(413, 'request.tooLarge', `The body must not exceed ${maxBytes} bytes.`, {
        params: { limit: maxBytes },
        errors: [
          { field: 'body', code: 'request.tooLarge', params: { limit: maxBytes }, message: 'too large' },
        ],
      });
    }
    next();
  };
}

/** A `:name` in a route's path that its handler does not declare (or the reverse) is a mistake: refuse to start. */
function checkDeclaredParams(route: ApiRoute): void {
  const inPath = [...route.path.matchAll(/[:*](\w+)/g)].map(([, name]) => name).sort();
  const declared = Object.keys(route.handler.params?.shape ?? {}).sort();
  if (inPath.join(',') !== declared.join(',')) {
    throw new Error(
      `${route.method.toUpperCase()} ${route.path}: the path has parameters [${inPath.join(', ')}], ` +
        `the handler declares [${declared.join(', ')}]`,
    );
  }
}

function parse(where: 'body' | 'query' | 'params', schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  // With the input in each issue, a missing value reads as required and a wrong one as of the wrong type.
  const parsed = schema.safeParse(value ?? {}, { reportInput: true });
  if (!parsed.success) throw ApiError.fromZod(where, parsed.error);
  return parsed.data;
}
