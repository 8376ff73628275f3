import type http from 'node:http';
import { problemWithoutRequest } from './problem-response';

type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** How long a client is asked to wait before trying again while the service starts or stops. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Stands in front of the HTTP app for the whole life of the port: the port can open before the store and
 * sign-in are wired, and stay open while a stop lets in-flight requests finish, yet every request that
 * arrives is answered — 503 with `Retry-After` while the service is not open, the app's answer while it is.
 * Liveness (`/healthz`) stays 200 in every state: the process is alive, only not ready.
 */
export class ServiceGate {
  private app: RequestListener | undefined;
  private state: 'starting' | 'open' | 'stopping' = 'starting';
  private inFlight = 0;
  private drained: (() => void) | undefined;

  readonly listener: RequestListener = (req, res) => {
    if (this.state !== 'open' || !this.app) {
      if (req.url === '/healthz') send(res, 200, { status: this.state });
      else this.refuse(req, res);
      return;
    }
    this.inFlight += 1;
    res.once('close', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    });
    this.app(req, res);
  };

  /** Everything is wired: requests reach the app from now on. */
  open(app: RequestListener): void {
    this.app = app;
    this.state = 'open';
  }

  /** New requests get 503 from now on; resolves once the requests already inside have been answered. */
  async close(): Promise<void> {
    this.state = 'stopping';
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => (this.drained = resolve));
  }

  private refuse(req: http.IncomingMessage, res: http.ServerResponse): void {
    const starting = this.state === 'starting';
    const problem = problemWithoutRequest(
      503,
      starting ? 'service.starting' : 'service.restarting',
      starting
        ? 'The service is starting; try again in a moment.'
        : 'The service is restarting; try again in a moment.',
    );
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // A stopping instance hands its keep-alive connections back, so the retry reaches a live one.
    if (!starting) res.setHeader('Connection', 'close');
    // The body is not read: let the client's upload end rather than wait on it.
    req.resume();
    send(res, 503, problem, 'application/problem+json');
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(JSON.stringify(body));
}
