/*
 * npm run bench -- redirect [--seconds 10] [--connections 64] [--clicks 3000] [--json]
 *
 * The tracked link (`GET /r/{code}`), on the service as `npm start` runs it (the bundled server in its own
 * process, the embedded store, the demo data):
 * 1. Throughput: one visitor's link under 64 connections for a bounded time, then, in the same run, a bare Node
 *    server in a process of its own answering the same 302. The ratio is the service's requests per second over
 *    the bare server's.
 * 2. Shutdown: `--clicks` visitors, each from an address of its own on the loopback network (127.1.0.0/16) so
 *    that every one counts, click the ambassador's links; half-way the service gets SIGTERM. Once it has stopped,
 *    it is started again on its data and the clicks it counted are compared with the redirects it answered:
 *    `lost` must be 0.
 */
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { libraryListSchema } from '../../bot/src/contract/library';
import { impactSchema } from '../../bot/src/contract/impact';
import { shareResultSchema } from '../../bot/src/contract/share';
import { benchmarkOptions } from '../options';
import { buildServer, devSignIn, startBuiltService, stop } from '../built-service';
import { startBareServer } from '../bare-server';
import { ratio, warmThenLoad } from '../http-load';
import type { BuiltService } from '../built-service';

const optionsSchema = z.object({
  seconds: z.coerce.number().int().min(1).max(120).default(10),
  connections: z.coerce.number().int().min(1).max(512).default(64),
  clicks: z.coerce.number().int().min(10).max(20_000).default(3_000),
});

/** A link counts at most 1,000 clicks a day: the shutdown phase spreads its visitors to stay below that. */
const CLICKS_PER_LINK = 900;
const VISITOR_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

async function api<Schema extends z.ZodType>(
  service: BuiltService,
  headers: Record<string, string>,
  route: string,
  schema: Schema,
  body?: unknown,
): Promise<z.infer<Schema>> {
  const answer = await fetch(`${service.url}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!answer.ok) throw new Error(`${route} answered ${answer.status}: ${await answer.text()}`);
  return schema.parse(await answer.json());
}

/** The ambassador shares enough of the library for every visitor of the shutdown phase to count. */
async function trackedLinks(service: BuiltService, count: number): Promise<string[]> {
  const headers = await devSignIn(service, DEMO_AMBASSADOR_ID);
  const { items } = await api(service, headers, '/api/v1/library', libraryListSchema);
  const links = new Set<string>();
  for (const item of items) {
    for (const network of item.networks) {
      if (links.size >= count) break;
      const shared = await api(service, headers, `/api/v1/library/${item.id}/shares`, shareResultSchema, {
        network,
        language: 'fr',
        text: 'À lire #collaborateur',
      }).catch(() => undefined);
      if (shared) links.add(new URL(shared.trackedUrl).pathname);
    }
  }
  if (links.size < count) throw new Error(`only ${links.size} of the ${count} links needed could be shared`);
  return [...links];
}

async function countedClicks(service: BuiltService): Promise<number> {
  const impact = await api(
    service,
    await devSignIn(service, DEMO_AMBASSADOR_ID),
    '/api/v1/me/impact',
    impactSchema,
  );
  return impact.totals.clicks;
}

/** One click from its own address: the redirect's status, or 0 when the service no longer answers. */
function click(url: string, visitor: number): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, {
      agent: false,
      localAddress: `127.1.${visitor >> 8}.${visitor & 255}`,
      headers: { 'user-agent': VISITOR_AGENT },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
  });
}

/** Visitors click until `clicks` are answered or the service stops answering; SIGTERM goes out half-way. */
async function clicksThroughShutdown(
  service: BuiltService,
  links: readonly string[],
  clicks: number,
  connections: number,
): Promise<{ answered: number; refused: number }> {
  let next = 0;
  let answered = 0;
  let refused = 0;
  let signalled = false;
  const visitor = async (): Promise<void> => {
    while (next < clicks) {
      const index = next++;
      const status = await click(`${service.url}${links[index % links.length]}`, index);
      if (status !== 302) {
        refused++;
        return;
      }
      answered++;
      if (!signalled && answered >= clicks / 2) {
        signalled = true;
        service.child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, visitor));
  return { answered, refused };
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const { seconds, connections, clicks } = benchmarkOptions(optionsSchema, args);
  progress('building the server bundle');
  await buildServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-redirect-'));
  try {
    let service = await startBuiltService({ DATA_DIR: dataDir });
    const links = await trackedLinks(service, Math.ceil(clicks / CLICKS_PER_LINK));
    const link = `${service.url}${links[0]}`;
    const destination = (await fetch(link, { redirect: 'manual' })).headers.get('location') ?? '';

    const loadOptions = {
      seconds,
      connections,
      headers: { 'user-agent': VISITOR_AGENT },
      expect: '3xx' as const,
    };
    progress(`warming up the service, then ${seconds} s at ${connections} connections on ${links[0]}`);
    const measured = await warmThenLoad(link, loadOptions);
    progress(`service: ${measured.rps} redirects/s, p50 ${measured.p50_ms} ms, p99 ${measured.p99_ms} ms`);

    const bare = await startBareServer({
      status: 302,
      headers: { location: destination, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
      body: '',
    });
    const baseline = await warmThenLoad(bare.url, loadOptions).finally(() => bare.stop());
    progress(`bare: ${baseline.rps} redirects/s, p99 ${baseline.p99_ms} ms`);

    await stop(service);
    service = await startBuiltService({ DATA_DIR: dataDir });
    const before = await countedClicks(service);
    progress(`${clicks} visitors on ${links.length} links, SIGTERM after ${clicks / 2} redirects`);
    const { answered, refused } = await clicksThroughShutdown(service, links, clicks, connections);
    await service.exited;
    service = await startBuiltService({ DATA_DIR: dataDir });
    const counted = (await countedClicks(service)) - before;
    await stop(service);
    progress(`answered ${answered} redirects, ${refused} visitors turned away, ${counted} clicks counted`);

    return {
      ...measured,
      baseline_rps: baseline.rps,
      baseline_p99_ms: baseline.p99_ms,
      ratio: ratio(measured, baseline),
      goal_ratio: 0.7,
      shutdown_redirects: answered,
      shutdown_clicks_counted: counted,
      lost: answered - counted,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
