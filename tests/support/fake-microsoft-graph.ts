import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  id: string;
  displayName: string;
  mail?: string;
}

/** An activity feed notification Graph accepted, with the people it went to. */
export interface ReceivedNotification {
  userIds: string[];
  body: {
    topic: { source: string; value: string; webUrl: string };
    activityType: string;
    previewText: { content: string };
    templateParameters?: { name: string; value: string }[];
    teamsAppId?: string;
  };
}

export interface GraphRequest {
  path: string;
  status: number;
  at: number;
}

const ACCESS_TOKEN = `graph-token-${randomUUID()}`;

/**
 * App Service's managed identity endpoint (`IDENTITY_ENDPOINT` / `IDENTITY_HEADER`), one for the whole test
 * process: Azure Identity reads the endpoint once and keeps it, with its token, for the process's life, so every
 * fake Graph of a worker, in whichever test file, shares this one. It counts the tokens it issued.
 */
class ManagedIdentityEndpoint {
  readonly header = randomUUID();
  tokensIssued = 0;
  private constructor(readonly url: string) {}

  static async start(): Promise<ManagedIdentityEndpoint> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // It lives as long as the process, without keeping it alive.
    server.unref();
    const endpoint = new ManagedIdentityEndpoint(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`,
    );
    server.on('request', (req, res) => endpoint.handle(req, res));
    return endpoint;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname !== '/msi/token' || req.headers['x-identity-header'] !== this.header) {
      send(400, { error: 'invalid_request', error_description: 'X-IDENTITY-HEADER missing or wrong' });
      return;
    }
    this.tokensIssued += 1;
    send(200, {
      access_token: ACCESS_TOKEN,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource: url.searchParams.get('resource'),
      token_type: 'Bearer',
    });
  }
}
let managedIdentity: Promise<ManagedIdentityEndpoint> | undefined;

/**
 * A local stand-in for Microsoft Graph, as documented for
 * `GET /v1.0/groups/{id}/transitiveMembers/microsoft.graph.user?$select=…&$top=…`: bearer token required,
 * `ConsistencyLevel: eventual` for the OData cast, `$select`ed properties only, pages linked by an absolute
 * `@odata.nextLink` carrying a `$skiptoken`, 404 `Request_ResourceNotFound` for an unknown group, and 429 with
 * `Retry-After` when told to throttle; and as documented for `POST /v1.0/users/{id}/teamwork/sendActivityNotification`
 * (204) and `POST /v1.0/teamwork/sendActivityNotificationToRecipients` (202, 1 to 100 `aadUserNotificationRecipient`s),
 * 400 for a body without `topic` (its `webUrl` required for a text topic), `activityType` or `previewText`,
 * keeping what it accepted in `notifications`. It also plays App Service's managed identity endpoint
 * (`IDENTITY_ENDPOINT` / `IDENTITY_HEADER`, shared by the process: above), so the service's real credential code
 * obtains its token there.
 */
export class FakeMicrosoftGraph {
  readonly requests: GraphRequest[] = [];
  readonly notifications: ReceivedNotification[] = [];
  /** What the managed identity endpoint issues, which the service presents. */
  private readonly accessToken = ACCESS_TOKEN;
  private readonly groups = new Map<string, FakeUser[]>();
  private readonly throttles: number[] = [];

  private constructor(
    private readonly server: http.Server,
    /** Graph's own page size: smaller than `$top` when the test wants several pages. */
    private readonly pageSize: number,
    private readonly identity: ManagedIdentityEndpoint,
  ) {}

  static async start(options: { pageSize?: number } = {}): Promise<FakeMicrosoftGraph> {
    const server = http.createServer();
    managedIdentity ??= ManagedIdentityEndpoint.start();
    const fake = new FakeMicrosoftGraph(server, options.pageSize ?? 999, await managedIdentity);
    server.on('request', (req, res) => fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What App Service puts in IDENTITY_ENDPOINT. */
  get identityEndpoint(): string {
    return this.identity.url;
  }

  /** What App Service puts in IDENTITY_HEADER. */
  get identityHeader(): string {
    return this.identity.header;
  }

  /** Tokens the managed identity endpoint issued in this process (Azure Identity keeps one while it is valid). */
  get tokensIssued(): number {
    return this.identity.tokensIssued;
  }

  setGroup(id: string, users: FakeUser[]): void {
    this.groups.set(id, users);
  }

  /** While down, every Graph request is answered 503, as Graph does in an incident. */
  down = false;

  /** The next Graph request is answered 429 with this `Retry-After`. */
  throttleNext(retryAfterSeconds: number): void {
    this.throttles.push(retryAfterSeconds);
  }

  graphRequests(): GraphRequest[] {
    return this.requests.filter((request) => request.path.startsWith('/v1.0/'));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ path: url.pathname, status, at: Date.now() });
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const graphError = (status: number, code: string, message: string, headers?: Record<string, string>) =>
      send(status, { error: { code, message, innerError: { 'request-id': randomUUID() } } }, headers);

    const match = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(url.pathname);
    const toUser = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(url.pathname);
    const toRecipients = url.pathname === '/v1.0/teamwork/sendActivityNotificationToRecipients';
    const method = match ? 'GET' : 'POST';
    if ((!match && !toUser && !toRecipients) || req.method !== method) {
      graphError(400, 'BadRequest', `Resource not found for the segment '${url.pathname}'.`);
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.accessToken}`) {
      graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      return;
    }
    if (this.down) {
      graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.');
      return;
    }
    const throttle = this.throttles.shift();
    if (throttle !== undefined) {
      graphError(429, 'TooManyRequests', 'Too many requests.', { 'Retry-After': String(throttle) });
      return;
    }
    if (!match) {
      void readJson(req).then((body) => {
        const userIds = toUser ? [decodeURIComponent(toUser[1] ?? '')] : recipientIdsOf(body);
        const invalid =
          notificationProblem(body) ?? (userIds ? undefined : 'recipients: 1 to 100 Entra ID users');
        if (invalid || !userIds) {
          graphError(400, 'BadRequest', `Invalid request body: ${invalid}.`);
          return;
        }
        this.notifications.push({ userIds, body: body as ReceivedNotification['body'] });
        // As Graph answers: 204 for one person, 202 for the bulk call, which it processes later.
        send(toUser ? 204 : 202, {});
      });
      return;
    }
    if (req.headers['consistencylevel'] !== 'eventual') {
      graphError(400, 'Request_UnsupportedQuery', 'OData cast requires the ConsistencyLevel header.');
      return;
    }
    const users = this.groups.get(decodeURIComponent(match[1] ?? ''));
    if (!users) {
      graphError(404, 'Request_ResourceNotFound', `Resource '${match[1]}' does not exist.`);
      return;
    }

    const select = (url.searchParams.get('$select') ?? 'id,displayName,mail').split(',');
    const top = Math.min(Number(url.searchParams.get('$top') ?? 100), this.pageSize);
    const offset = Number(Buffer.from(url.searchParams.get('$skiptoken') ?? 'MA', 'base64url').toString());
    const page = users.slice(offset, offset + top);
    const next = new URL(url);
    next.searchParams.set('$skiptoken', Buffer.from(String(offset + top)).toString('base64url'));
    send(200, {
      '@odata.context': `${this.url}/v1.0/$metadata#users(${select.join(',')})`,
      ...(url.searchParams.get('$count') === 'true' ? { '@odata.count': users.length } : {}),
      ...(offset + top < users.length ? { '@odata.nextLink': next.toString() } : {}),
      value: page.map((user) => ({
        '@odata.type': '#microsoft.graph.user',
        ...Object.fromEntries(
          select.map((field) => [field, (user as unknown as Record<string, unknown>)[field] ?? null]),
        ),
      })),
    });
  }
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/** What a notification body lacks of what Graph requires, if anything. */
function notificationProblem(body: unknown): string | undefined {
  const notification = body as Partial<ReceivedNotification['body']> | undefined;
  const topic = notification?.topic;
  if (!topic || !['text', 'entityUrl'].includes(topic.source) || typeof topic.value !== 'string')
    return 'topic';
  if (topic.source === 'text' && typeof topic.webUrl !== 'string') return 'topic.webUrl';
  if (typeof notification.activityType !== 'string') return 'activityType';
  if (typeof notification.previewText?.content !== 'string') return 'previewText';
  const parameters = notification.templateParameters ?? [];
  if (
    !parameters.every(
      (parameter) => typeof parameter.name === 'string' && typeof parameter.value === 'string',
    )
  ) {
    return 'templateParameters';
  }
  return undefined;
}

function recipientIdsOf(body: unknown): string[] | undefined {
  const recipients = (body as { recipients?: { '@odata.type'?: string; userId?: unknown }[] } | undefined)
    ?.recipients;
  if (!Array.isArray(recipients) || recipients.length === 0 || recipients.length > 100) return undefined;
  const ids = recipients.map((recipient) =>
    recipient['@odata.type'] === 'microsoft.graph.aadUserNotificationRecipient' &&
    typeof recipient.userId === 'string'
      ? recipient.userId
      : undefined,
  );
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
}
