import type { Request } from 'express';
import type { z } from 'zod';
import type { AppRole } from '@contract/roles';
import type { Principal } from '../identity/principal';
import type { Repositories } from '../store/repositories';
import type { Config } from '../config';

/** Who may call a route: any signed-in employee, or only holders of one of the listed app roles. */
export type Access = 'employee' | readonly AppRole[];

export interface ApiServices {
  config: Config;
  repositories: Repositories;
}

export interface RouteContext<Body, Query> {
  principal: Principal;
  body: Body;
  query: Query;
  params: Record<string, string>;
  services: ApiServices;
  req: Request;
}

/** What a handler does; its access is declared beside all others in `api-routes.ts`. */
export interface RouteHandler<Body = unknown, Query = unknown> {
  body?: z.ZodType<Body>;
  query?: z.ZodType<Query>;
  handle(context: RouteContext<Body, Query>): Promise<unknown>;
}

export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  access: Access;
  handler: RouteHandler<never, never>;
}

/** Typing helper: keeps a handler's body and query types tied to its schemas. */
export function handler<Body = undefined, Query = undefined>(
  definition: RouteHandler<Body, Query>,
): RouteHandler<never, never> {
  return definition as unknown as RouteHandler<never, never>;
}
