/*
 * npm run bench -- api [--seconds 10] [--connections 64] [--json]
 *
 * The library list as a signed-in ambassador asks for it (`GET /api/v1/library`), on the service as `npm start`
 * runs it (the bundled server in its own process: HTTP, token validation, routes, the embedded store with the
 * demo data) under 64 connections for a bounded time, then, in the same run, a bare Node server in a process of
 * its own answering the very same JSON. The ratio is the service's requests per second over the bare server's.
 * `express_ratio` is Express alone answering the same JSON, over the bare server: what the framework costs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { startBareServer } from '../bare-server';
import { buildServer, devSignIn, startBuiltService, stop } from '../built-service';
import { ratio, warmThenLoad } from '../http-load';
import type { Load } from '../http-load';
import { benchmarkOptions } from '../options';

const optionsSchema = z.object({
  seconds: z.coerce.number().int().min(1).max(120).default(10),
  connections: z.coerce.number().int().min(1).max(512).default(64),
});

async function baselineLoad(
  starting: ReturnType<typeof startBareServer>,
  options: Parameters<typeof warmThenLoad>[1],
): Promise<Load> {
  const server = await starting;
  return warmThenLoad(server.url, options).finally(() => server.stop());
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const { seconds, connections } = benchmarkOptions(optionsSchema, args);
  progress('building the server bundle');
  await buildServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-api-'));
  const service = await startBuiltService({ DATA_DIR: dataDir });
  try {
    const headers = await devSignIn(service, DEMO_AMBASSADOR_ID);
    const address = `${service.url}/api/v1/library`;
    const answer = await fetch(address, { headers });
    if (!answer.ok) throw new Error(`the library answered ${answer.status}`);
    const body = await answer.text();
    const loadOptions = { seconds, connections, headers, expect: '2xx' as const };

    progress(`warming up the service, then ${seconds} s at ${connections} connections`);
    const measured = await warmThenLoad(address, loadOptions);
    progress(`service: ${measured.rps} requests/s, p50 ${measured.p50_ms} ms, p99 ${measured.p99_ms} ms`);

    const answerOf = {
      status: 200,
      headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      body,
    };
    progress(`the bare server answering the same ${body.length} bytes, ${seconds} s`);
    const baseline = await baselineLoad(startBareServer(answerOf, 'node'), loadOptions);
    progress(`bare: ${baseline.rps} requests/s, p99 ${baseline.p99_ms} ms`);
    const express = await baselineLoad(startBareServer(answerOf, 'express'), loadOptions);
    progress(`Express answering it alone: ${express.rps} requests/s, p99 ${express.p99_ms} ms`);

    return {
      ...measured,
      baseline_rps: baseline.rps,
      baseline_p99_ms: baseline.p99_ms,
      ratio: ratio(measured, baseline),
      express_rps: express.rps,
      express_ratio: ratio(express, baseline),
      body_bytes: body.length,
      goal_ratio: 0.5,
      goal_p99_ms: 50,
    };
  } finally {
    await stop(service);
    await rm(dataDir, { recursive: true, force: true });
  }
}
