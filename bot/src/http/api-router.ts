import express from 'express';
import type { RequestHandler, Router } from 'express';
import { ApiError } from './api-error';
import type { Access, ApiRoute, ApiServices } from './api-route';
import { authenticate, isAllowed } from './authenticate';
import type { Principal } from '../identity/principal';
import type { TokenValidator } from '../identity/token-validator';

const JSON_BODY_LIMIT = '100kb';

/**
 * Mounts the route table. Each request is authenticated and authorized before its body is even read,
 * then validated, then handed to the handler.
 */
export function createApiRouter(routes: ApiRoute[], services: ApiServices, validate: TokenValidator): Router {
  const router = express.Router();
  const readJson = express.json({ limit: JSON_BODY_LIMIT, strict: true });

  for (const route of routes) {
    router[route.method](route.path, authorize(route.access, validate), readJson, async (req, res) => {
      const { handler } = route;
      if (handler.body && !req.is('application/json')) {
        throw new ApiError(415, 'Send the body as application/json.', [
          { field: 'body', message: 'content type must be application/json' },
        ]);
      }
      const result = await handler.handle({
        principal: res.locals['principal'] as Principal,
        body: parse('body', handler.body, req.body) as never,
        query: parse('query', handler.query, req.query) as never,
        params: req.params as Record<string, string>,
        services,
        req,
      });
      res.json(result);
    });
  }
  return router;
}

function authorize(access: Access, validate: TokenValidator): RequestHandler {
  return async (req, res, next) => {
    const principal = await authenticate(req, validate);
    if (!isAllowed(access, principal)) throw ApiError.forbidden();
    res.locals['principal'] = principal;
    next();
  };
}

function parse(where: 'body' | 'query', schema: ApiRoute['handler']['body'], value: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw ApiError.fromZod(where, parsed.error);
  return parsed.data;
}
