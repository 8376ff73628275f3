import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the simulated LinkedIn received, as it came (the token exchange's secret included, for checks). */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface SimulatedLinkedInOptions {
  clientId: string;
  clientSecret: string;
  /** The member the authorisation page approves as (its `sub`), or `refuse` to answer `user_cancelled_authorize`. */
  member: { sub: string; name: string };
  /** The `LinkedIn-Version`s the simulator serves; any other is answered 426, as LinkedIn does a retired one. */
  versions: string[];
  /** Token lifetime in seconds (LinkedIn gives 60 days for member tokens). */
  tokenLifetimeSeconds?: number;
}

/** LinkedIn's commentary limit. */
const COMMENTARY_MAX = 3_000;

/**
 * A simulated LinkedIn, on 127.0.0.1, for tests and local demos: the OAuth 2.0 authorisation page (approves the
 * configured member at once, or refuses when told), the token endpoint (checks client id and secret, the code and
 * its redirect_uri), OpenID Connect userinfo, and the Posts and Images APIs, with their documented errors: 401 for
 * an expired or revoked token, 429 with `Retry-After` when told to throttle, 426 for a `LinkedIn-Version` it does
 * not serve, 422 for a commentary over 3,000 characters. It records every request it received.
 */
export class SimulatedLinkedIn {
  readonly received: ReceivedRequest[] = [];
  /** Uploaded images by URN, with their bytes. */
  readonly images = new Map<string, Buffer>();
  /** Posts made, by URN. */
  readonly posts = new Map<string, Record<string, unknown>>();
  /** The next authorisation is refused by the member. */
  refuseNext = false;
  /** The next `n` API calls are answered 429 with this `Retry-After` (seconds). */
  throttle: { times: number; retryAfterSeconds: number } = { times: 0, retryAfterSeconds: 1 };
  /** The `LinkedIn-Version`s served now: a test retires one by changing this. */
  versions: string[];
  private readonly codes = new Map<string, { redirectUri: string }>();
  private readonly tokens = new Map<string, { sub: string; revoked: boolean }>();
  private server!: http.Server;
  url = '';

  constructor(private readonly options: SimulatedLinkedInOptions) {
    this.versions = [...options.versions];
  }

  /** Every access token it issued, to check none leaks anywhere. */
  issuedTokens(): string[] {
    return [...this.tokens.keys()];
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', this.url);
        this.received.push({
          method: req.method ?? '',
          path: url.pathname + url.search,
          headers: req.headers,
          body,
        });
        this.handle(req, url, body, res);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Every access token issued is revoked: LinkedIn answers 401 from now on. */
  revokeTokens(): void {
    for (const token of this.tokens.values()) token.revoked = true;
  }

  /** What was received on one path (without its query), in order. */
  requestsTo(method: string, pathname: string): ReceivedRequest[] {
    return this.received.filter(
      (request) => request.method === method && request.path.split('?')[0] === pathname,
    );
  }

  private handle(req: http.IncomingMessage, url: URL, body: Buffer, res: http.ServerResponse): void {
    const json = (status: number, answer: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer));
    };
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /oauth/v2/authorization') return this.authorize(url, res);
    if (route === 'POST /oauth/v2/accessToken') return this.exchange(body, json);

    const token = this.tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!token || token.revoked) {
      return json(401, {
        status: 401,
        serviceErrorCode: 65601,
        code: 'REVOKED_ACCESS_TOKEN',
        message: 'The token used in the request has been revoked by the user',
      });
    }
    if (route === 'GET /v2/userinfo') return json(200, { sub: token.sub, name: this.options.member.name });
    if (route.startsWith('PUT /upload/')) {
      this.images.set(decodeURIComponent(url.pathname.slice('/upload/'.length)), body);
      res.writeHead(201).end();
      return;
    }
    if (this.throttle.times > 0) {
      this.throttle.times -= 1;
      return json(
        429,
        { status: 429, message: 'Too many requests' },
        { 'retry-after': String(this.throttle.retryAfterSeconds) },
      );
    }
    if (req.headers['x-restli-protocol-version'] !== '2.0.0') {
      return json(400, { status: 400, message: 'X-Restli-Protocol-Version 2.0.0 expected' });
    }
    const version = req.headers['linkedin-version'];
    if (typeof version !== 'string' || !this.versions.includes(version)) {
      return json(426, {
        status: 426,
        code: 'NONEXISTENT_VERSION',
        message: `Requested version ${version} is not active`,
      });
    }
    if (route === 'POST /rest/images' && url.searchParams.get('action') === 'initializeUpload') {
      const image = `urn:li:image:${randomBytes(8).toString('hex')}`;
      this.images.set(image, Buffer.alloc(0));
      return json(200, {
        value: {
          uploadUrl: `${this.url}/upload/${encodeURIComponent(image)}`,
          image,
          uploadUrlExpiresAt: Date.now() + 3_600_000,
        },
      });
    }
    if (route === 'POST /rest/posts') return this.post(body, token.sub, json, res);
    return json(404, { status: 404, message: 'No such resource' });
  }

  private authorize(url: URL, res: http.ServerResponse): void {
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const state = url.searchParams.get('state') ?? '';
    const back = new URL(redirectUri);
    if (
      url.searchParams.get('client_id') !== this.options.clientId ||
      url.searchParams.get('response_type') !== 'code'
    ) {
      res.writeHead(400).end('unknown client');
      return;
    }
    if (this.refuseNext) {
      this.refuseNext = false;
      back.searchParams.set('error', 'user_cancelled_authorize');
      back.searchParams.set('error_description', 'The user cancelled the authorization');
    } else {
      const code = randomBytes(16).toString('base64url');
      this.codes.set(code, { redirectUri });
      back.searchParams.set('code', code);
    }
    back.searchParams.set('state', state);
    res.writeHead(302, { location: back.toString() }).end();
  }

  private exchange(body: Buffer, json: (status: number, answer: unknown) => void): void {
    const form = new URLSearchParams(body.toString('utf8'));
    const issued = this.codes.get(form.get('code') ?? '');
    if (
      form.get('client_id') !== this.options.clientId ||
      form.get('client_secret') !== this.options.clientSecret
    ) {
      return json(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    }
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !issued ||
      issued.redirectUri !== form.get('redirect_uri')
    ) {
      return json(400, {
        error: 'invalid_request',
        error_description:
          'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code',
      });
    }
    this.codes.delete(form.get('code') ?? '');
    const accessToken = `AQ${randomBytes(24).toString('base64url')}`;
    this.tokens.set(accessToken, { sub: this.options.member.sub, revoked: false });
    json(200, {
      access_token: accessToken,
      expires_in: this.options.tokenLifetimeSeconds ?? 5_184_000,
      scope: 'openid,profile,w_member_social',
      token_type: 'Bearer',
    });
  }

  private post(
    body: Buffer,
    sub: string,
    json: (status: number, answer: unknown) => void,
    res: http.ServerResponse,
  ): void {
    const post = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    if (post['author'] !== `urn:li:person:${sub}`)
      return json(403, { status: 403, message: 'Not enough permissions' });
    if (String(post['commentary'] ?? '').length > COMMENTARY_MAX) {
      return json(422, { status: 422, message: `ERROR :: /commentary :: length exceeds ${COMMENTARY_MAX}` });
    }
    const urn = `urn:li:share:${7_000_000_000_000_000_000n + BigInt(this.posts.size)}`;
    this.posts.set(urn, post);
    res.writeHead(201, { 'x-restli-id': urn }).end();
  }
}
