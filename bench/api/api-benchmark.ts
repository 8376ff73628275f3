/*
 * npm run bench -- api [--seconds 10] [--connections 64] [--json]
 *
 * The library list as a signed-in ambassador asks for it (`GET /api/v1/library`): the real service (HTTP,
 * token validation, routes, the embedded store with the demo data) under 64 connections for a bounded
 * time, then, in the same run and the same process, a bare Node HTTP server answering the very same JSON.
 * The ratio is the service's requests per second over the bare server's.
 */
import autocannon from 'autocannon';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { startTestService } from '../../tests/support/test-service';
import { benchmarkOptions } from '../options';

const optionsSchema = z.object({
  seconds: z.coerce.number().int().min(1).max(120).default(10),
  connections: z.coerce.number().int().min(1).max(512).default(64),
});

interface Load {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
}

async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<Load> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  const failed = result.errors + result.timeouts + result.non2xx;
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: failed,
  };
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const { seconds, connections } = benchmarkOptions(optionsSchema, args);
  const service = await startTestService();
  const bare = http.createServer();
  try {
    const headers = { authorization: `Bearer ${await service.token({ objectId: DEMO_AMBASSADOR_ID })}` };
    const address = `${service.url}/api/v1/library`;
    const answer = await fetch(address, { headers });
    if (!answer.ok) throw new Error(`the library answered ${answer.status}`);
    const body = await answer.text();

    progress(`warming up the service, then ${seconds} s at ${connections} connections`);
    await load(address, headers, 2, connections);
    const measured = await load(address, headers, seconds, connections);
    progress(`service: ${measured.rps} requests/s, p50 ${measured.p50_ms} ms, p99 ${measured.p99_ms} ms`);

    bare.on('request', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
    bare.listen(0, '127.0.0.1');
    await new Promise((resolve) => bare.once('listening', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
    progress(`the bare server answering the same ${body.length} bytes, ${seconds} s`);
    await load(bareUrl, headers, 2, connections);
    const baseline = await load(bareUrl, headers, seconds, connections);
    progress(`bare: ${baseline.rps} requests/s, p99 ${baseline.p99_ms} ms`);

    return {
      ...measured,
      baseline_rps: baseline.rps,
      baseline_p99_ms: baseline.p99_ms,
      ratio: Math.round((measured.rps / baseline.rps) * 100) / 100,
      body_bytes: body.length,
      goal_ratio: 0.5,
      goal_p99_ms: 50,
    };
  } finally {
    await new Promise((resolve) => bare.close(resolve));
    await service.dispose();
  }
}
