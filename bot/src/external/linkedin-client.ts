import type { LinkedInSettings } from '../config';
import { parseRetryAfter } from '../delivery/retry-after';

/** Why LinkedIn did not do what was asked; the caller words it for the person or the administrator. */
export type LinkedInFailure =
  /** The token is expired or revoked (401): the person must connect again. */
  | 'unauthorized'
  /** Still throttled (429) after waiting as asked, a few times. */
  | 'rate-limited'
  /** `LINKEDIN_API_VERSION` names a version LinkedIn no longer serves (426) or never did. */
  | 'version'
  /** The commentary is over LinkedIn's length (422). */
  | 'too-long'
  /** Anything else LinkedIn refused, or no answer at all. */
  | 'unavailable';

export class LinkedInError extends Error {
  constructor(
    readonly failure: LinkedInFailure,
    readonly status?: number,
  ) {
    super(`LinkedIn: ${failure}${status === undefined ? '' : ` (HTTP ${status})`}`);
  }
}

/** OpenID Connect sign-in (`openid profile`) and posting in the member's name (`w_member_social`). */
const SCOPES = 'openid profile w_member_social';
const REQUEST_TIMEOUT_MS = 15_000;
/** A throttled request is tried again at most this many times, each after the `Retry-After` LinkedIn asked for... */
const RATE_LIMIT_RETRIES = 2;
/** ...unless it asks for longer than this, which a person waiting on a button cannot. */
const LONGEST_WAIT_MS = 5_000;
const DEFAULT_WAIT_MS = 1_000;
/** Codes LinkedIn answers a `LinkedIn-Version` it does not know with (400), besides 426 for a retired one. */
const VERSION_ERROR_CODES = new Set(['NONEXISTENT_VERSION', 'VERSION_MISSING']);

export interface LinkedInClientOptions {
  sleep?: (ms: number) => Promise<void>;
}

/**
 * LinkedIn's OAuth 2.0 endpoints, OpenID Connect userinfo, and the versioned Posts and Images APIs, at the
 * addresses the administrator configured. Tokens travel only in requests to LinkedIn, never in errors or logs.
 */
export class LinkedInClient {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly settings: Omit<LinkedInSettings, 'tokenKey'>,
    options: LinkedInClientOptions = {},
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  authorizeUrl(state: string, redirectUri: string): string {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: redirectUri,
      state,
      scope: SCOPES,
    });
    return `${this.settings.authBaseUrl}/oauth/v2/authorization?${query}`;
  }

  /** The member's access token for an authorisation code, and its lifetime in seconds. */
  async exchangeCode(code: string, redirectUri: string): Promise<{ accessToken: string; expiresIn: number }> {
    const response = await this.send(`${this.settings.authBaseUrl}/oauth/v2/accessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: this.settings.clientId,
        client_secret: this.settings.clientSecret,
      }).toString(),
    });
    const answer = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string' || typeof answer.expires_in !== 'number') {
      throw new LinkedInError('unavailable', response.status);
    }
    return { accessToken: answer.access_token, expiresIn: answer.expires_in };
  }

  /** The member's id (OpenID Connect `sub`), which their posts are authored by. */
  async memberSub(accessToken: string): Promise<string> {
    const response = await this.send(`${this.settings.apiBaseUrl}/v2/userinfo`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const { sub } = (await response.json()) as { sub?: unknown };
    if (typeof sub !== 'string' || sub === '') throw new LinkedInError('unavailable', response.status);
    return sub;
  }

  /** Uploads an image for the member's post (Images API: initialise, then put the bytes); answers its URN. */
  async uploadImage(
    accessToken: string,
    ownerUrn: string,
    image: Buffer,
    contentType: string,
  ): Promise<string> {
    const initialised = await this.send(`${this.settings.apiBaseUrl}/rest/images?action=initializeUpload`, {
      method: 'POST',
      headers: { ...this.restHeaders(accessToken), 'content-type': 'application/json' },
      body: JSON.stringify({ initializeUploadRequest: { owner: ownerUrn } }),
    });
    const { value } = (await initialised.json()) as { value?: { uploadUrl?: unknown; image?: unknown } };
    if (typeof value?.uploadUrl !== 'string' || typeof value.image !== 'string') {
      throw new LinkedInError('unavailable', initialised.status);
    }
    await this.send(value.uploadUrl, {
      method: 'PUT',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': contentType },
      body: new Uint8Array(image),
    });
    return value.image;
  }

  /** Publishes the post; answers its URN, which LinkedIn gives in `x-restli-id` with its 201. */
  async createPost(accessToken: string, body: object): Promise<string> {
    const response = await this.send(`${this.settings.apiBaseUrl}/rest/posts`, {
      method: 'POST',
      headers: { ...this.restHeaders(accessToken), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const postUrn = response.headers.get('x-restli-id');
    if (response.status !== 201 || !postUrn) throw new LinkedInError('unavailable', response.status);
    return postUrn;
  }

  private restHeaders(accessToken: string): Record<string, string> {
    return {
      authorization: `Bearer ${accessToken}`,
      'LinkedIn-Version': this.settings.apiVersion,
      'X-Restli-Protocol-Version': '2.0.0',
    };
  }

  /** One request, waited out and tried again while LinkedIn throttles it (within bounds); errors classified. */
  private async send(url: string, init: RequestInit): Promise<Response> {
    for (let retries = 0; ; retries++) {
      let response: Response;
      try {
        response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch {
        throw new LinkedInError('unavailable');
      }
      if (response.ok) return response;
      if (response.status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after'), Date.now()) ?? DEFAULT_WAIT_MS;
        await response.body?.cancel();
        if (retries >= RATE_LIMIT_RETRIES || wait > LONGEST_WAIT_MS)
          throw new LinkedInError('rate-limited', 429);
        await this.sleep(wait);
        continue;
      }
      throw new LinkedInError(await failureOf(response), response.status);
    }
  }
}

async function failureOf(response: Response): Promise<LinkedInFailure> {
  const answer = (await response.json().catch(() => ({}))) as { code?: unknown };
  switch (response.status) {
    case 401:
      return 'unauthorized';
    case 426:
      return 'version';
    case 422:
      return 'too-long';
    case 400:
      return typeof answer.code === 'string' && VERSION_ERROR_CODES.has(answer.code)
        ? 'version'
        : 'unavailable';
    default:
      return 'unavailable';
  }
}
