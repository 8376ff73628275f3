import fc from 'fast-check';
import type { AppRole } from '../../../bot/src/contract/roles';
import { parameterNames } from './surfaces';
import type { Surface } from './surfaces';

/** Someone calling the service: anonymous, with a forged token, or signed in with some app roles. */
export interface Caller {
  name: string;
  /** The `Authorization` header this caller sends, if any. */
  authorization?: string;
  /** App roles held when signed in; `undefined` for callers who are not signed in. */
  roles?: readonly AppRole[];
}

/** A request exactly as it goes on the wire: the target is sent unchanged, percent-encoding and all. */
export interface BentRequest {
  surface: string;
  caller: string;
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Path segments that once reached a 500 or the store: undecodable, ids Cosmos DB refuses, numbers, big. */
export const CLASSIC_BENT_SEGMENTS = [
  '%',
  '%C0%AF',
  '%ED%A0%80',
  '%E0%A4%A',
  'a%2Fb',
  '%3F',
  '%23',
  '%20',
  '%00',
  '%5C',
  '..',
  '%2E%2E',
  '-1',
  '999999999999999999999',
  '__proto__',
  'constructor',
  '%7B%22offset%22%3A-5%7D',
  '%F0%9F%98%80',
  'x'.repeat(129),
] as const;

/** Continuation tokens the service never issued. */
export const FORGED_PAGE_TOKENS = [
  '-1',
  '999999999',
  '%7B%22offset%22%3A-5%7D',
  'bm90LWEtdG9rZW4',
  '%',
] as const;

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CLASSIC_BENT_SEGMENTS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
  // Any bytes at all, most of them not UTF-8.
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 12 }).map((bytes) => [...bytes].map(hex).join('')) },
  { weight: 1, arbitrary: fc.constantFrom('item-01', 'item-20', 'me', 'x', '0') },
);

const queryValue: fc.Arbitrary<string> = fc.oneof(
  segment,
  fc.constantFrom(...FORGED_PAGE_TOKENS),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.double().map(String),
  fc.constantFrom('', 'true', '[]', '{}', 'null', '2026-13-45', '2026-12-01T00:00:00Z', 'fr', 'csv'),
);

const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, 'x'.repeat(5000), '2026-12-01T00:00:00Z', 'fr', 'en'),
  fc.string({ maxLength: 40 }),
);

/** An object of the fields the surface reads (and a few it does not), each with a value of any shape. */
const bentObject = (keys: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys, 'x', '__proto__', 'constructor'), jsonish), { maxLength: 6 })
    .map(
      (entries) =>
        `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`,
    );

const malformedJson = fc.constantFrom(
  '{',
  '{"a":',
  '[]]',
  'nul',
  '"',
  '\u0000',
  '{"a":1}{"b":2}',
  '',
  '{"a":"\\u12"}',
);

interface Body {
  text?: string | Buffer;
  contentType?: string;
}

function bodyFor(surface: Surface): fc.Arbitrary<Body> {
  const json = (text: fc.Arbitrary<string>): fc.Arbitrary<Body> =>
    text.map((value) => ({ text: value, contentType: 'application/json' }));
  const options: fc.Arbitrary<Body>[] = [
    fc.constant({}),
    json(bentObject(surface.bodyKeys)),
    json(bentObject(surface.bodyKeys)),
    json(fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value))),
    json(malformedJson),
    // Past every body limit of the service.
    fc.constant({ text: JSON.stringify({ x: 'x'.repeat(1_100_000) }), contentType: 'application/json' }),
  ];
  if (surface.form) {
    options.push(
      fc
        .array(fc.tuple(fc.constantFrom(...surface.bodyKeys, 'x'), queryValue), { maxLength: 4 })
        .map((pairs) => ({
          text: pairs.map(([key, value]) => `${key}=${value}`).join('&'),
          contentType: 'application/x-www-form-urlencoded',
        })),
    );
  }
  if (surface.upload) {
    options.push(
      fc
        .tuple(
          fc.uint8Array({ maxLength: 2048 }),
          fc.constantFrom('image/png', 'image/jpeg', 'video/mp4', 'text/html'),
        )
        .map(([bytes, contentType]) => ({ text: Buffer.from(bytes), contentType })),
    );
  }
  return fc.oneof(...options);
}

const bentContentType = fc.constantFrom(
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/merge-patch+json',
  'image/png',
  'application/json; charset=utf-16',
);

const optionalHeader = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(values, { freq: 3 }).map((value) => (value === null ? {} : { [name]: value }));

/** Signed-in callers the surface lets through authorization, so that bent input reaches its validation. */
export function allowedCallers(surface: Surface, callers: readonly Caller[]): Caller[] {
  return callers.filter(
    (caller) =>
      caller.roles !== undefined &&
      (surface.roles === undefined || surface.roles.some((role) => caller.roles!.includes(role))),
  );
}

/** Mostly a caller the surface lets in; sometimes anyone, forgers included. */
function callerFor(surface: Surface, callers: readonly Caller[]) {
  const allowed = allowedCallers(surface, callers);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(allowed.length > 0 ? allowed : callers)) },
    { weight: 1, arbitrary: fc.constantFrom(...callers) },
  );
}

/** One malformed request to one surface, from one caller: bent path, query, headers and body. */
export function bentRequest(
  surfaces: readonly Surface[],
  callers: readonly Caller[],
): fc.Arbitrary<BentRequest> {
  return fc.constantFrom(...surfaces).chain((surface) =>
    fc
      .record({
        caller: callerFor(surface, callers),
        method: fc.oneof(
          { weight: 9, arbitrary: fc.constant(surface.method) },
          { weight: 1, arbitrary: fc.constantFrom('get', 'post', 'put', 'patch', 'delete', 'options') },
        ),
        segments: fc.tuple(...parameterNames(surface.path).map(() => segment)),
        query: fc.array(
          fc.tuple(
            fc.constantFrom(...surface.queryKeys, 'continuationToken', 'pageSize', 'x', 'a[b]'),
            queryValue,
          ),
          { maxLength: 5 },
        ),
        body: bodyFor(surface),
        contentType: fc.option(bentContentType, { freq: 5 }),
        headers: fc.tuple(
          optionalHeader(
            'content-encoding',
            fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'gzip, gzip'),
          ),
          optionalHeader(
            'accept',
            fc.constantFrom('text/html', 'application/json', '*/*', 'text/html;q=abc'),
          ),
          optionalHeader(
            'accept-language',
            fc.constantFrom('fr', 'en-US', '*', 'xx;q=abc', 'fr-'.repeat(200)),
          ),
          optionalHeader(
            'x-request-id',
            fc.constantFrom('short', 'a'.repeat(200), 'not an id', 'req-12345678'),
          ),
          optionalHeader('if-match', fc.constantFrom('"x"', '*', 'W/"1"')),
        ),
      })
      .map(({ caller, method, segments, query, body, contentType, headers }) => {
        let index = 0;
        const path = surface.path.replace(/:\w+/g, () => segments[index++]!);
        const queryString = query.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&');
        const type = contentType ?? body.contentType;
        return {
          surface: `${surface.method.toUpperCase()} ${surface.path}`,
          caller: caller.name,
          method: method.toUpperCase(),
          target: queryString ? `${path}?${queryString}` : path,
          headers: Object.assign(
            {},
            ...headers,
            caller.authorization ? { authorization: caller.authorization } : {},
            body.text !== undefined && type ? { 'content-type': type } : {},
          ) as Record<string, string>,
          ...(body.text !== undefined ? { body: Buffer.from(body.text) } : {}),
        };
      }),
  );
}
