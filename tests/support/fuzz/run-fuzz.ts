import http from 'node:http';
import fc from 'fast-check';
import { bentRequest } from './bent-requests';
import type { BentRequest, Caller } from './bent-requests';
import { faultsOf } from './judge';
import type { Fault } from './judge';
import { sendRaw } from './send-raw';
import { surfaces } from './surfaces';

export interface FuzzSummary extends Record<Fault, number> {
  requests: number;
  /** `/readyz` answers other than 200 while the fuzzer ran, polled every quarter of a second. */
  readyz_failures: number;
  seed: number;
  /** The first few faulty requests, to reproduce them. */
  examples: {
    faults: Fault[];
    surface: string;
    request: string;
    headers: Record<string, string>;
    bodyBytes: number;
    status?: number;
    body?: string;
  }[];
}

const EXAMPLES_KEPT = 20;

/** `requests` generated requests against a running service, `concurrency` at a time, tallied by fault. */
export async function runFuzz(options: {
  url: string;
  callers: readonly Caller[];
  requests: number;
  concurrency: number;
  seed: number;
  progress?: (line: string) => void;
}): Promise<FuzzSummary> {
  const base = new URL(options.url);
  const agent = new http.Agent({
    keepAlive: process.env.FUZZ_KEEPALIVE !== '0',
    maxSockets: options.concurrency,
  });
  const generated = fc.sample(bentRequest(surfaces, options.callers), {
    numRuns: options.requests,
    seed: options.seed,
  });
  const summary: FuzzSummary = {
    requests: 0,
    status_5xx: 0,
    not_problem_json: 0,
    leaks: 0,
    unanswered: 0,
    readyz_failures: 0,
    seed: options.seed,
    examples: [],
  };

  let watching = true;
  const readiness = (async () => {
    while (watching) {
      const status = await probeReadiness(base);
      if (status !== 200) {
        summary.readyz_failures += 1;
        options.progress?.(`/readyz answered ${status || 'nothing'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  let next = 0;
  const worker = async () => {
    for (let request: BentRequest | undefined; (request = generated[next++]);) {
      const answer = await sendRaw(base, request, agent);
      const faults = faultsOf(answer);
      summary.requests += 1;
      for (const fault of faults) summary[fault] += 1;
      if (faults.length > 0 && summary.examples.length < EXAMPLES_KEPT) {
        summary.examples.push({
          faults,
          surface: request.surface,
          request: `${request.caller}: ${request.method} ${request.target}`,
          headers: { ...request.headers, authorization: request.headers['authorization'] ? '…' : '' },
          bodyBytes: request.body?.length ?? 0,
          ...(answer === 'unanswered' ? {} : { status: answer.status, body: answer.body.slice(0, 300) }),
        });
      }
      if (summary.requests % 500 === 0) options.progress?.(`${summary.requests} requests sent`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  watching = false;
  await readiness;
  agent.destroy();
  return summary;
}

/** One probe on its own connection, as a platform's health check makes it. */
function probeReadiness(base: URL): Promise<number> {
  return new Promise((resolve) => {
    http
      .get(new URL('/readyz', base), { agent: false, timeout: 5_000 }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('timeout', function (this: http.ClientRequest) {
        this.destroy();
      })
      .on('error', () => resolve(0));
  });
}
