/*
 * npm run bench -- cost [--documents 100000] [--rounds 3] [--json]
 *
 * What the two requests every day of a programme rests on cost as the store grows: an ambassador's library
 * (`GET /api/v1/library`, and with a search) and the Insights dashboard (`GET /api/v1/insights/dashboard`).
 * The real service runs on a Cosmos protocol server in a process of its own, through a proxy that writes down
 * every request the SDK makes. Each request is timed cold (after the service's recent reads have aged out),
 * first on the demo data, then with `--documents` more content and activity documents (a tenth library items,
 * the rest activity events, projected into the Insights counters as the projection job does). For each store
 * request of the large run it prints the container, the SQL, the charge the SDK reports, and how Azure Cosmos
 * DB would serve it with the indexes `bot/src/store/containers.ts` declares. A query that reads a whole
 * partition on these request paths is a defect, `scans` lists them, apart from the small catalogues read whole.
 */
import { z } from 'zod';
import {
  buildDemoData,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { seedDemoData } from '../../bot/src/demo/seed-demo-data';
import type { ContentItemDoc } from '../../bot/src/domain/documents';
import { createLogger } from '../../bot/src/logger';
import { containers } from '../../bot/src/store/containers';
import type { ContainerDefinition } from '../../bot/src/store/containers';
import type { Repositories } from '../../bot/src/store/repositories';
import { startTestService } from '../../tests/support/test-service';
import type { TestService } from '../../tests/support/test-service';
import { openBenchStore, startCosmosProcess } from '../cosmos-server';
import { loadEvents, random, seedCatalogue } from '../insights';
import { benchmarkOptions } from '../options';
import { explainQuery } from './explain-query';
import { startRecordingProxy } from './recording-proxy';
import type { RecordingProxy, StoreCall } from './recording-proxy';

const optionsSchema = z.object({
  documents: z.coerce.number().int().min(1_000).max(1_000_000).default(100_000),
  rounds: z.coerce.number().int().min(1).max(20).default(3),
});

/** Longer than the service keeps a read (`RECENT_READ_MAX_AGE_MS`, 5 s): each timed request goes to the store. */
const RECENT_READS_AGE_OUT_MS = 5_200;
const ITEM_SHARE = 0.1;
/**
 * Containers read whole by design, a tenant at a time: their size is what managers create (tens of campaigns and
 * groups, one organisation), not what the programme's activity or the workforce adds. Listed apart from `scans`.
 */
const CATALOGUES = new Set(['organisations', 'campaigns', 'groups']);

interface Measured {
  name: string;
  path: string;
  token: string;
}

const definitionOf = (container: string): ContainerDefinition | undefined =>
  Object.values(containers).find((definition) => definition.id === container);

/** Library items copied from the demo's published ones, in the same campaigns, published over 90 days. */
async function loadItems(repositories: Repositories, count: number, now: Date, offset: number) {
  const templates = buildDemoData(now).content.filter((item) => item.status === 'published');
  const next = random(11 + offset);
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, index): ContentItemDoc => {
      const template = templates[(start + index) % templates.length] as ContentItemDoc;
      const publishedAt = new Date(now.getTime() - Math.floor(next() * 90 * 86_400_000)).toISOString();
      return {
        ...template,
        id: `bench-item-copy-${offset + start + index}`,
        publishedAt,
        createdAt: publishedAt,
      };
    });
    await Promise.all(batch.map((item) => repositories.content.upsert(item)));
  }
}

async function timeCold(service: TestService, proxy: RecordingProxy, request: Measured) {
  proxy.take();
  const started = performance.now();
  const answer = await fetch(`${service.url}${request.path}`, {
    headers: { authorization: `Bearer ${request.token}` },
  });
  await answer.arrayBuffer();
  const elapsed = performance.now() - started;
  if (!answer.ok) throw new Error(`${request.path} answered ${answer.status}`);
  return { elapsed, calls: proxy.take() };
}

async function measure(service: TestService, proxy: RecordingProxy, requests: Measured[], rounds: number) {
  const timings = new Map<string, number[]>(requests.map((request) => [request.name, []]));
  const calls = new Map<string, StoreCall[]>();
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, RECENT_READS_AGE_OUT_MS));
    for (const request of requests) {
      const result = await timeCold(service, proxy, request);
      timings.get(request.name)?.push(result.elapsed);
      calls.set(request.name, result.calls);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { ms: new Map([...timings].map(([name, values]) => [name, median(values)])), calls };
}

const otherCalls: Record<StoreCall['kind'], string> = {
  query: 'a query on a container the service does not declare',
  'query plan': 'the SDK asks the gateway how to run the query that follows (no document read)',
  'point read': 'one document by id and partition key: about 1 RU per KB read',
  write: 'a write',
};

function explain(call: StoreCall) {
  const definition = definitionOf(call.container);
  const plan =
    call.kind === 'query' && call.sql && definition
      ? explainQuery(
          call.sql,
          definition.indexingPolicy,
          `/${definition.partitionKey.slice(1)}`,
          call.partitionScoped,
        )
      : undefined;
  return {
    container: call.container,
    kind: call.kind,
    ...(call.sql ? { sql: call.sql } : {}),
    documents: call.documents,
    request_charge: call.requestCharge,
    served_by: plan?.service ?? call.kind,
    explanation: plan?.explanation ?? otherCalls[call.kind],
    ...(plan?.indexScans.length ? { index_scans: plan.indexScans } : {}),
  };
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const { documents, rounds } = benchmarkOptions(optionsSchema, args);
  const now = new Date();
  const logger = createLogger('silent');
  const cosmos = await startCosmosProcess();
  const proxy = await startRecordingProxy(cosmos.endpoint);
  const { store, repositories } = await openBenchStore(cosmos, 'cost-bench');
  let service: TestService | undefined;
  try {
    service = await startTestService({
      env: { COSMOS_ENDPOINT: proxy.endpoint, COSMOS_KEY: 'bench', COSMOS_DATABASE: 'bench' },
    });
    await seedDemoData(repositories, logger, now);
    const catalogue = await seedCatalogue(repositories, now);
    const ambassador = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const manager = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
    const requests: Measured[] = [
      { name: 'library', path: '/api/v1/library', token: ambassador },
      { name: 'library_search', path: '/api/v1/library?q=usine', token: ambassador },
      { name: 'dashboard', path: '/api/v1/insights/dashboard', token: manager },
    ];

    progress(`timing ${requests.length} requests cold on the demo data, ${rounds} rounds`);
    const small = await measure(service, proxy, requests, rounds);

    const items = Math.round(documents * ITEM_SHARE);
    progress(`writing ${items.toLocaleString('en')} library items`);
    await loadItems(repositories, items, now, 0);
    progress(`writing and projecting ${(documents - items).toLocaleString('en')} activity events`);
    await loadEvents(
      progress,
      repositories,
      catalogue,
      { loaded: 0, next: random(42) },
      documents - items,
      now,
    );

    progress(`timing the same requests with ${documents.toLocaleString('en')} more documents`);
    const large = await measure(service, proxy, requests, rounds);

    const results = requests.map(({ name, path }) => {
      const before = small.ms.get(name) ?? 0;
      const after = large.ms.get(name) ?? 0;
      progress(`${name}: ${before.toFixed(1)} ms → ${after.toFixed(1)} ms`);
      return {
        request: `GET ${path}`,
        ms_small: Math.round(before * 10) / 10,
        ms_large: Math.round(after * 10) / 10,
        ratio: Math.round((after / before) * 100) / 100,
        store_requests: (large.calls.get(name) ?? []).map(explain),
      };
    });
    const wholePartitionReads = results.flatMap((result) =>
      result.store_requests
        .filter((call) => call.served_by === 'scan')
        .map((call) => ({
          request: result.request,
          container: call.container,
          sql: call.sql,
          documents: call.documents,
        })),
    );
    const scans = wholePartitionReads.filter((read) => !CATALOGUES.has(read.container));
    return {
      benchmark: 'cost',
      tenant: DEMO_TENANT_ID,
      documents,
      rounds,
      requests: results,
      scans,
      catalogue_reads: wholePartitionReads.filter((read) => CATALOGUES.has(read.container)),
      note:
        'request_charge is what the SDK reports (x-ms-request-charge); the embedded Cosmos protocol server answers ' +
        'a flat 1 RU and has no indexes (it reads every document of a container), so served_by explains how Azure ' +
        'Cosmos DB would serve each query with the indexing policy bot/src/store/containers.ts declares.',
    };
  } finally {
    await service?.dispose();
    await store.close();
    await proxy.close();
    cosmos.child.kill();
  }
}
