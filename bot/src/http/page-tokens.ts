import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error';

/** The field every paged list of the contract uses, in its query and in its answer (`pageSchema`). */
const TOKEN_FIELD = 'continuationToken';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Continuation tokens as clients hold them: Cosmos DB's token, signed together with the list it pages
 * (tenant, route, path parameters, filters). Only a token this service issued for that very list is ever handed
 * back to the store; anything else is a 400. Clients pass tokens back unchanged and never read them.
 *
 * The key comes from `PAGE_TOKEN_KEY`, so that every instance accepts every instance's tokens; without it each
 * process draws its own, and a token then only works on the process that issued it, until it restarts.
 */
export class PageTokens {
  private readonly key: Buffer;

  constructor(key: string | undefined) {
    this.key = key ? Buffer.from(key) : randomBytes(32);
  }

  /** The query as the handler reads it: its token, if any, opened for this list. */
  openIn(query: unknown, list: string): unknown {
    if (!isRecord(query) || typeof query[TOKEN_FIELD] !== 'string') return query;
    const storeToken = this.open(query[TOKEN_FIELD], list);
    if (storeToken === undefined) {
      throw ApiError.invalid([
        {
          field: `query.${TOKEN_FIELD}`,
          code: 'field.notAContinuationToken',
          message: 'not a continuation token this list gave',
        },
      ]);
    }
    return { ...query, [TOKEN_FIELD]: storeToken };
  }

  /** The answer as the client reads it: its token, if any, sealed for this list. */
  sealIn(answer: unknown, list: string): unknown {
    if (!isRecord(answer) || typeof answer[TOKEN_FIELD] !== 'string') return answer;
    return { ...answer, [TOKEN_FIELD]: this.seal(answer[TOKEN_FIELD], list) };
  }

  private seal(storeToken: string, list: string): string {
    const payload = Buffer.from(storeToken).toString('base64url');
    return `${payload}.${this.signature(payload, list).toString('base64url')}`;
  }

  private open(token: string, list: string): string | undefined {
    const [payload, signature, ...rest] = token.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) return undefined;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.signature(payload, list);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return Buffer.from(payload, 'base64url').toString();
  }

  private signature(payload: string, list: string): Buffer {
    // The list is JSON and the payload base64url: neither holds a newline, so the two cannot run together.
    return createHmac('sha256', this.key).update(`${list}\n${payload}`).digest();
  }
}

/**
 * What a token is bound to: the same route, path parameters and filters, in the same tenant. Not the page size
 * (`limit`): a client may ask for more or fewer items on the next page, Cosmos DB resumes the same query.
 */
export function listIdentity(tenantId: string, route: string, params: unknown, query: unknown): string {
  const filters = isRecord(query) ? { ...query, [TOKEN_FIELD]: undefined, limit: undefined } : query;
  return JSON.stringify([tenantId, route, params, filters]);
}
