import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the simulator accepted: who it was for, and the activity as the bot sent it. */
export interface ReceivedActivity {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The Teams user id (`29:...`) the activity is addressed to. */
  recipientId: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface SimulatedBotConnectorOptions {
  /** Messages per second for the whole tenant; a second's worth may come at once. Default 50. */
  tenantRatePerSecond?: number;
  /** Per-conversation sliding windows. Default: Teams' 7 per second and 60 per 30 seconds. */
  conversationLimits?: readonly { sends: number; windowMs: number }[];
}

interface InjectedFailure {
  status: number;
  code: string;
  /** How many more requests fail; Infinity for good. */
  remaining: number;
  retryAfterSeconds?: number;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * TEST DOUBLE for the Bot Connector service (Microsoft's, unreachable here): its send endpoints
 * (`POST /v3/conversations/:id/activities[/:replyToId]`, `PUT .../activities/:activityId` to update), on
 * 127.0.0.1 at a random port. It enforces the documented limits (tenant rate; per conversation 7/s and
 * 60/30 s) with 429 + `Retry-After`, answers injected 5xx or 403 `MessageWritesBlocked` for chosen
 * conversations, and keeps what it accepted, per recipient, for tests and the benchmark to check.
 */
export class SimulatedBotConnector {
  readonly received: ReceivedActivity[] = [];
  /** 429s answered. */
  throttled = 0;
  /** Requests for a conversation that came before the Retry-After it was given had passed. */
  retryAfterViolations = 0;
  private readonly failures = new Map<string, InjectedFailure>();
  private readonly postsByRecipient = new Map<string, number>();
  private readonly sentAt = new Map<string, number[]>();
  private readonly retryAfterUntil = new Map<string, number>();
  private readonly rate: number;
  private readonly conversationLimits: readonly { sends: number; windowMs: number }[];
  private tokens: number;
  private tokensAt = Date.now();

  private constructor(
    private readonly server: http.Server,
    options: SimulatedBotConnectorOptions,
  ) {
    this.rate = options.tenantRatePerSecond ?? 50;
    this.tokens = this.rate;
    this.conversationLimits = options.conversationLimits ?? [
      { sends: 7, windowMs: 1_000 },
      { sends: 60, windowMs: 30_000 },
    ];
    server.on('request', (req, res) => this.handle(req, res));
  }

  static async start(options: SimulatedBotConnectorOptions = {}): Promise<SimulatedBotConnector> {
    const server = http.createServer({ keepAlive: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new SimulatedBotConnector(server, options);
  }

  /** What to store as the conversation's `serviceUrl`. */
  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Accepted messages per recipient (`29:` id). */
  countsByRecipient(): ReadonlyMap<string, number> {
    return this.postsByRecipient;
  }

  /** The next `times` requests for this conversation fail with this 5xx (or any status). */
  failNext(conversationId: string, status: number, times = 1): void {
    this.failures.set(conversationId, { status, code: 'ServiceError', remaining: times });
  }

  /** The next `times` requests for this conversation get 429 with this `Retry-After`, whatever the rates. */
  throttleNext(conversationId: string, retryAfterSeconds: number, times = 1): void {
    this.failures.set(conversationId, {
      status: 429,
      code: 'Throttled',
      remaining: times,
      retryAfterSeconds,
    });
  }

  /** The person blocked the bot: every request for this conversation gets 403 `MessageWritesBlocked`. */
  block(conversationId: string): void {
    this.failures.set(conversationId, {
      status: 403,
      code: 'MessageWritesBlocked',
      remaining: Number.POSITIVE_INFINITY,
    });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = ACTIVITIES_PATH.exec(req.url ?? '');
      const method = req.method === 'POST' || req.method === 'PUT' ? req.method : undefined;
      if (!match || !method || (method === 'PUT' && !match[2])) {
        return answer(res, 404, { error: { code: 'NotFound', message: 'no such endpoint' } });
      }
      let activity: Record<string, unknown>;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return answer(res, 400, { error: { code: 'BadSyntax', message: 'body is not JSON' } });
      }
      this.receive(decodeURIComponent(match[1]!), method, activity, res);
    });
  }

  private receive(
    conversationId: string,
    method: 'POST' | 'PUT',
    activity: Record<string, unknown>,
    res: http.ServerResponse,
  ): void {
    const now = Date.now();
    if (now < (this.retryAfterUntil.get(conversationId) ?? 0)) this.retryAfterViolations++;

    const failure = this.failures.get(conversationId);
    if (failure && failure.remaining > 0) {
      failure.remaining--;
      if (failure.retryAfterSeconds !== undefined) {
        return this.throttle(conversationId, failure.retryAfterSeconds, now, res);
      }
      return answer(res, failure.status, {
        error: { code: failure.code, message: 'injected by the simulator' },
      });
    }

    const waitMs = Math.max(this.tenantWaitMs(now), this.conversationWaitMs(conversationId, now));
    if (waitMs > 0) return this.throttle(conversationId, Math.ceil(waitMs / 1000), now, res);

    this.tokens -= 1;
    const history = this.sentAt.get(conversationId) ?? [];
    history.push(now);
    this.sentAt.set(conversationId, history.slice(-Math.max(...this.conversationLimits.map((l) => l.sends))));
    const recipient = activity.recipient as { id?: string } | undefined;
    const recipientId = recipient?.id ?? '';
    this.received.push({ method, conversationId, recipientId, activity, at: now });
    if (method === 'POST')
      this.postsByRecipient.set(recipientId, (this.postsByRecipient.get(recipientId) ?? 0) + 1);
    answer(res, method === 'POST' ? 201 : 200, { id: `simulated-${this.received.length}` });
  }

  private throttle(conversationId: string, retryAfterSeconds: number, now: number, res: http.ServerResponse) {
    this.throttled++;
    this.retryAfterUntil.set(conversationId, now + retryAfterSeconds * 1000);
    res.setHeader('retry-after', String(retryAfterSeconds));
    answer(res, 429, { error: { code: 'Throttled', message: 'too many requests' } });
  }

  /** The tenant's bucket: refilled at the rate, holding at most one second's worth. */
  private tenantWaitMs(now: number): number {
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.tokensAt) * this.rate) / 1000);
    this.tokensAt = now;
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.rate;
  }

  private conversationWaitMs(conversationId: string, now: number): number {
    const history = this.sentAt.get(conversationId) ?? [];
    let waitMs = 0;
    for (const { sends, windowMs } of this.conversationLimits) {
      const inWindow = history.filter((at) => at > now - windowMs);
      if (inWindow.length >= sends)
        waitMs = Math.max(waitMs, inWindow[inWindow.length - sends]! + windowMs - now);
    }
    return waitMs;
  }
}

function answer(res: http.ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
