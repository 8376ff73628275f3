import type { Readable } from 'node:stream';
import { z } from 'zod';
import { resourceIdSchema } from '@contract/resource-id';
import type { AppRole } from '@contract/roles';
import type { Locale } from '@contract/locale';
import type { PersonDoc } from '../domain/documents';
import type { Principal } from '../identity/principal';
import type { Repositories } from '../store/repositories';
import type { Config } from '../config';
import type { ActionNotices } from '../domain/action-notices';
import type { MediaStore } from '../media/media-store';
import type { MediaDigests } from '../media/media-digest';
import type { EntraDirectory } from '../external/entra-directory';
import type { LinkedIn } from '../linkedin/linkedin-connections';
import type { WritingModel } from '../writing-help/writing-model';

/** Who may call a route: any signed-in employee, or only holders of one of the listed app roles. */
export type Access = 'employee' | readonly AppRole[];

export interface ApiServices {
  config: Config;
  repositories: Repositories;
  /** Where people reach the service: tracked links are built on it. */
  publicUrl: string;
  /** Uploaded photos and videos. */
  media: MediaStore;
  /** Their SHA-256, for the compliance archive. */
  mediaDigests: MediaDigests;
  /** Asked before the service's own requests connect anywhere (`outboundAddressPolicy` of the config). */
  isAllowedOutboundAddress: (address: string) => boolean;
  /** Entra ID groups through Microsoft Graph; absent when Graph is not configured. */
  directory?: EntraDirectory;
  /** Posting to LinkedIn in the person's name; absent when the organisation has no LinkedIn app. */
  linkedIn?: LinkedIn;
  /** Where what a person must now do is announced (the Teams activity feed); absent when Graph is off. */
  actionNotices?: ActionNotices;
  /** Azure OpenAI for the writing help; absent when it is not configured. */
  writingModel?: WritingModel;
}

/** How a version travels in `ETag` and `If-Match`: quoted, as HTTP has it. */
export const versionHeader = (version: string) => `"${version}"`;
const VERSION_HEADER_VALUE = /^"([\w:.-]{1,100})"$/;

/** The version an `If-Match` names; undefined when it is not one an `ETag` of this API gave. */
export function versionIn(header: string): string | undefined {
  return VERSION_HEADER_VALUE.exec(header.trim())?.[1];
}

export interface ReplyCookie {
  name: string;
  value: string;
  path: string;
  maxAgeMs: number;
}

/**
 * A handler's answer when plain 200 JSON is not it: another status, a header, a cookie, or a file: a body with its
 * own content type, sent whole or streamed as it is produced (an async iterable of strings).
 */
export class Reply<Body = unknown> {
  constructor(
    readonly body: Body,
    readonly init: {
      status?: number;
      contentType?: string;
      headers?: Record<string, string>;
      cookies?: ReplyCookie[];
    } = {},
  ) {}
}

export interface RouteContext<Body, Query, Params> {
  principal: Principal;
  /** The caller's validated access token, for calls made on their behalf (Microsoft Graph on-behalf-of). */
  accessToken: string;
  /** The caller's profile, created on first sign-in; read once per request at most. */
  currentPerson(): Promise<PersonDoc>;
  /** The language the caller reads, from Accept-Language, for messages the API writes. */
  locale: Locale;
  /** The version the client last read (its `If-Match`, unquoted), for writes that must not overwrite others'. */
  ifMatch: string | undefined;
  body: Body;
  query: Query;
  /** The path's parameters, validated; `undefined` unless the handler declares them (`params`). */
  params: Params;
  services: ApiServices;
}

/**
 * A handler's path parameters: an object schema with one entry per `:name` of the route's path (the router
 * checks both lists match at start-up), so a handler reads only parameters it declared, validated.
 */
export type ParamsSchema<Params> = z.ZodType<Params> & { shape: Record<string, z.ZodType> };

/** Path parameters that are ids, the only kind the API has: each must be a `resourceId`. */
export function idParams<const Name extends string>(
  ...names: Name[]
): z.ZodObject<Record<Name, typeof resourceIdSchema>> {
  return z.object(
    Object.fromEntries(names.map((name) => [name, resourceIdSchema])) as Record<
      Name,
      typeof resourceIdSchema
    >,
  );
}

/** What a `Reply` with its own `contentType` carries: a file, never JSON. */
export type FileBody = string | AsyncIterable<string>;

/** The `answer` of a route that only ever sends files (each a `Reply` with its `contentType`). */
export const filesOnly = z.never();
/** The `answer` of a route that answers 204, with no body. */
export const noContent = z.undefined();

/**
 * What a handler does; its access is declared beside all others in `api-routes.ts`. Returns JSON of its `answer`
 * schema, or a `Reply` of it, or a file.
 */
export interface RouteHandler<Body = unknown, Query = unknown, Params = unknown, Answer = unknown> {
  body?: z.ZodType<Body>;
  /**
   * For uploads: the body is not read before the handler, which gets it as an `Upload` to read as it arrives; a
   * declared length past `maxBytes` is refused before that.
   */
  upload?: { maxBytes: number };
  query?: z.ZodType<Query>;
  params?: ParamsSchema<Params>;
  /**
   * The contract's schema of the JSON this route answers. The tab trusts the answer's type; in tests, every answer
   * is checked against it (`Config.checkAnswers`), so a route cannot drift from the contract unnoticed.
   */
  answer: z.ZodType<Answer>;
  handle(
    context: RouteContext<Body, Query, Params>,
  ): Promise<NoInfer<Answer> | Reply<NoInfer<Answer>> | Reply<FileBody>>;
}

export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  access: Access;
  handler: RouteHandler<never, never, never, unknown>;
}

/** An uploaded body, as a handler with `upload` receives it: the stream, and the type and length declared. */
export interface Upload {
  body: Readable;
  contentType: string | undefined;
  /** `Content-Length`, when the client sent one (a chunked upload has none). */
  declaredBytes: number | undefined;
}

/** Typing helper: keeps a handler's body, query, path parameter and answer types tied to their schemas. */
export function handler<Body = undefined, Query = undefined, Params = undefined, Answer = unknown>(
  definition: RouteHandler<Body, Query, Params, Answer>,
): RouteHandler<never, never, never, unknown> {
  return definition as unknown as RouteHandler<never, never, never, unknown>;
}
