import http from 'node:http';
import type { BentRequest } from './bent-requests';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** No answer in this time counts as a hang: every answer of the service takes milliseconds. */
const ANSWER_WITHIN_MS = 10_000;

/**
 * Sends the request byte for byte as generated (node:http, not fetch, so nothing re-encodes the target).
 * A connection reset, or no answer in time, is `unanswered`.
 */
export function sendRaw(base: URL, request: BentRequest, agent: http.Agent): Promise<Answer | 'unanswered'> {
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.target,
        // Framed by its length whatever the method: node:http would send a GET's body unframed.
        headers: request.body
          ? { ...request.headers, 'content-length': String(request.body.length) }
          : request.headers,
        agent,
        timeout: ANSWER_WITHIN_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', () => resolve('unanswered'));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', () => resolve('unanswered'));
    outgoing.end(request.body);
  });
}
