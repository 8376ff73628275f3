import { z } from 'zod';
import { apiRoutes } from '../../../bot/src/http/api-routes';
import type { AppRole } from '../../../bot/src/contract/roles';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One address the service answers, as the fuzzer sees it from outside. */
export interface Surface {
  method: Method;
  /** Express-style: each `:name` is replaced by a generated path segment. */
  path: string;
  /** Query and body fields the surface reads, so that bent values reach its validation, not only its 404. */
  queryKeys: readonly string[];
  bodyKeys: readonly string[];
  /** Reads a form (`application/x-www-form-urlencoded`) rather than JSON. */
  form?: boolean;
  /** Reads its body as bytes of any type (uploads). */
  upload?: boolean;
  /** App roles of which the caller needs one; unset when any caller, or any signed-in employee, may call. */
  roles?: readonly AppRole[];
}

/** Field names a zod schema reads, through unions and optional wrappers; none for a schema JSON Schema cannot show. */
export function fieldNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  let json: unknown;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return [];
  }
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { properties, anyOf, oneOf, allOf } = node as Record<string, unknown>;
    if (properties && typeof properties === 'object')
      Object.keys(properties).forEach((name) => names.add(name));
    for (const branch of [anyOf, oneOf, allOf]) if (Array.isArray(branch)) branch.forEach(visit);
  };
  visit(json);
  return [...names];
}

/** Every route of the API table: a route added to the table is fuzzed the day it is added. */
const apiSurfaces: Surface[] = apiRoutes.map(({ method, path, access, handler }) => ({
  method,
  path,
  queryKeys: fieldNames(handler.query),
  bodyKeys: fieldNames(handler.body),
  ...(handler.upload ? { upload: true } : {}),
  ...(access === 'employee' ? {} : { roles: access }),
}));

const ACTIVITY_FIELDS = [
  'type',
  'id',
  'channelId',
  'serviceUrl',
  'from',
  'recipient',
  'conversation',
  'text',
  'value',
];

/** What the service answers outside the route table: probes, the bot, links, media, sign-in and the tab's files. */
const otherSurfaces: Surface[] = [
  { method: 'get', path: '/healthz', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/readyz', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/api/v1/client-config', queryKeys: [], bodyKeys: [] },
  { method: 'post', path: '/api/messages', queryKeys: [], bodyKeys: ACTIVITY_FIELDS },
  { method: 'get', path: '/r/:code', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/n/:tenantId/:deliveryId', queryKeys: ['to', 'p'], bodyKeys: [] },
  { method: 'get', path: '/media/:mediaId', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/dev/jwks', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/dev/signin', queryKeys: ['returnTo'], bodyKeys: [] },
  { method: 'post', path: '/dev/signin', queryKeys: [], bodyKeys: ['objectId', 'returnTo'], form: true },
  { method: 'get', path: '/assets/:file', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/demo/images/:file', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/:page', queryKeys: [], bodyKeys: [] },
  { method: 'get', path: '/studio/:page/:id', queryKeys: [], bodyKeys: [] },
];

export const surfaces: readonly Surface[] = [...apiSurfaces, ...otherSurfaces];

export const parameterNames = (path: string): string[] =>
  [...path.matchAll(/:(\w+)/g)].map(([, name]) => name!);
