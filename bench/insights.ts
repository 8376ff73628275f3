import { countersProjection } from '../bot/src/activity/counters-projection';
import { buildDemoData, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../bot/src/demo/demo-data';
import { seedDemoData } from '../bot/src/demo/seed-demo-data';
import type { ActivityEventDoc, ActivityType, PersonDoc } from '../bot/src/domain/documents';
import { networks } from '../bot/src/contract/network';
import { createLogger } from '../bot/src/logger';
import type { Repositories } from '../bot/src/store/repositories';
import { startTestService } from '../tests/support/test-service';
import { openBenchStore, startCosmosProcess } from './cosmos-server';
import type { TestService } from '../tests/support/test-service';

/*
 * Insights benchmark: the dashboard request's p95 with a small activity log, then with a large one.
 *
 *   npm run bench -- insights [--events 1000000] [--small 10000] [--requests 100] [--json]
 *
 * The real service (HTTP, token validation, routes) runs on a Cosmos protocol server in a process of its own
 * (in memory, no snapshot, as the nudge benchmark does). Events are written to the activity log in bulk and go through the
 * same counters projection the projection job runs, batch by batch; the benchmark holds the job's lease so the
 * service's own job does not scan the log meanwhile. The catalogue (people, groups, brands, campaigns, items,
 * networks) is the same at both sizes: only the number of events grows, over the same 90 days.
 */

const PEOPLE = 2_000;
const CAMPAIGNS = 10;
const ITEMS_PER_CAMPAIGN = 10;
const DAYS = 90;
/** Events per projection batch: the job's batches are smaller, but a batch costs the same whatever its size. */
const BATCH = 100_000;
const WARM_UP = 10;

interface Options {
  small: number;
  large: number;
  requests: number;
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const parsed = Number(args[index + 1]);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive whole number`);
    return parsed;
  };
  const options = {
    small: value('small', 10_000),
    large: value('events', 1_000_000),
    requests: value('requests', 100),
  };
  if (options.large < options.small) throw new Error('--events must be at least --small');
  return options;
}

/** A small deterministic generator (mulberry32): the same seed gives the same activity on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Catalogue {
  people: PersonDoc[];
  campaignIds: string[];
}

/** Bench ambassadors and campaigns beside the demo organisation's, so the dashboard has real rosters to read. */
export async function seedCatalogue(repositories: Repositories, now: Date): Promise<Catalogue> {
  const demo = buildDemoData(now);
  const template = demo.people.find((person) => person.enrolment.status === 'ambassador');
  const campaignTemplate = demo.campaigns[0];
  if (!template || !campaignTemplate) throw new Error('the demo data has no ambassador or campaign to copy');
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const people = Array.from({ length: PEOPLE }, (_, index): PersonDoc => {
    const brand = pick(demo.organisation.brands);
    return {
      ...template,
      id: `bench-person-${index}`,
      displayName: `Bench Person ${index}`,
      email: `bench.${index}@aurore-demo.example`,
      brandId: brand.id,
      groupIds: [...new Set([pick(demo.groups).id, pick(demo.groups).id])],
    };
  });
  for (let start = 0; start < people.length; start += 50) {
    await Promise.all(people.slice(start, start + 50).map((person) => repositories.people.upsert(person)));
  }
  const campaignIds = Array.from({ length: CAMPAIGNS }, (_, index) => `bench-campaign-${index}`);
  for (const [index, id] of campaignIds.entries()) {
    await repositories.campaigns.upsert({
      ...campaignTemplate,
      id,
      slug: id,
      name: { fr: `Campagne ${index}`, en: `Campaign ${index}` },
      status: 'scheduled',
      startsAt: new Date(now.getTime() - DAYS * 86_400_000).toISOString(),
      endsAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    });
  }
  return { people, campaignIds };
}

const eventTypes: [ActivityType, number][] = [
  ['share', 0.45],
  ['click', 0.45],
  ['nudge.sent', 0.05],
  ['poll.vote', 0.03],
  ['nudge.acted', 0.01],
  ['join', 0.005],
  ['proposal', 0.005],
];

function generateEvents(catalogue: Catalogue, now: Date, next: () => number, count: number, offset: number) {
  const pickType = (): ActivityType => {
    let roll = next();
    for (const [type, weight] of eventTypes) if ((roll -= weight) < 0) return type;
    return 'share';
  };
  return Array.from({ length: count }, (_, index): ActivityEventDoc => {
    const person = catalogue.people[Math.floor(next() * catalogue.people.length)] as PersonDoc;
    const type = pickType();
    const campaign = Math.floor(next() * CAMPAIGNS);
    const onContent = type === 'share' || type === 'click';
    return {
      id: `bench-event-${offset + index}`,
      tenantId: DEMO_TENANT_ID,
      type,
      at: new Date(now.getTime() - Math.floor(next() * DAYS * 86_400_000)).toISOString(),
      personId: person.id,
      groupIds: person.groupIds,
      ...(person.brandId ? { brandId: person.brandId } : {}),
      ...(onContent
        ? {
            campaignId: catalogue.campaignIds[campaign],
            itemId: `bench-item-${campaign}-${Math.floor(next() * ITEMS_PER_CAMPAIGN)}`,
            network: networks[Math.floor(next() * networks.length)],
          }
        : {}),
      ...(type === 'share' ? { audienceSize: 50 + Math.floor(next() * 2_000) } : {}),
    };
  });
}

/** Writes `count` more events to the log and projects them, batch by batch, as the projection job does. */
export async function loadEvents(
  progress: (line: string) => void,
  repositories: Repositories,
  catalogue: Catalogue,
  state: { loaded: number; next: () => number },
  count: number,
  now: Date,
): Promise<void> {
  const projection = countersProjection(repositories, () => now);
  const started = Date.now();
  const timings = { writing: 0, projecting: 0 };
  const target = state.loaded + count;
  while (state.loaded < target) {
    const size = Math.min(BATCH, target - state.loaded);
    const batchId = `bench-batch-${state.loaded}`;
    const projectedAt = new Date().toISOString();
    const events = generateEvents(catalogue, now, state.next, size, state.loaded).map((event) => ({
      ...event,
      batchId,
      projectedAt,
    }));
    const writeStarted = Date.now();
    const quarter = Math.ceil(events.length / 4);
    await Promise.all(
      [0, 1, 2, 3].map((part) =>
        repositories.activity.recordAll(events.slice(part * quarter, (part + 1) * quarter)),
      ),
    );
    timings.writing += Date.now() - writeStarted;
    const projectStarted = Date.now();
    await projection.apply(DEMO_TENANT_ID, events, batchId);
    timings.projecting += Date.now() - projectStarted;
    state.loaded += size;
    const seconds = (Date.now() - started) / 1000;
    const split = `log writes ${Math.round(timings.writing / 1000)} s, projection ${Math.round(timings.projecting / 1000)} s`;
    progress(`  ${state.loaded.toLocaleString('en')} events loaded (${Math.round(seconds)} s: ${split})`);
  }
}

async function p95(url: string, token: string, requests: number): Promise<number> {
  const timings: number[] = [];
  for (let index = 0; index < WARM_UP + requests; index++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { kpis?: { shares: { current: number } } };
    const elapsed = performance.now() - started;
    if (response.status !== 200 || !body.kpis) throw new Error(`dashboard answered ${response.status}`);
    if (index >= WARM_UP) timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.ceil(0.95 * timings.length) - 1] ?? 0;
}

/** `bench/run.ts` calls this; the result is printed last, as one JSON object with `--json`. */
export async function run(
  args: readonly string[],
  progress: (line: string) => void,
): Promise<Record<string, unknown>> {
  const options = parseOptions(args);
  const now = new Date();
  const logger = createLogger('silent');
  const cosmos = await startCosmosProcess();
  const env = { COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: 'bench', COSMOS_DATABASE: 'bench' };
  const { store, repositories } = await openBenchStore(cosmos, 'insights-bench');
  let service: TestService | undefined;
  try {
    service = await startTestService({ env });
    await seedDemoData(repositories, logger, now);
    const catalogue = await seedCatalogue(repositories, now);
    const token = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
    const url = `${service.url}/api/v1/insights/dashboard`;
    const state = { loaded: 0, next: random(42) };

    progress(`loading ${options.small.toLocaleString('en')} events`);
    await loadEvents(progress, repositories, catalogue, state, options.small, now);
    const small = await p95(url, token, options.requests);
    progress(`p95 at ${options.small.toLocaleString('en')} events: ${small.toFixed(1)} ms`);

    progress(`loading up to ${options.large.toLocaleString('en')} events`);
    await loadEvents(progress, repositories, catalogue, state, options.large - options.small, now);
    const large = await p95(url, token, options.requests);
    progress(`p95 at ${options.large.toLocaleString('en')} events: ${large.toFixed(1)} ms`);

    return {
      benchmark: 'insights',
      events_small: options.small,
      events_large: options.large,
      requests: options.requests,
      p95_small_ms: Math.round(small * 10) / 10,
      p95_large_ms: Math.round(large * 10) / 10,
      ratio: Math.round((large / small) * 100) / 100,
    };
  } finally {
    await service?.dispose();
    await store.close();
    cosmos.child.kill();
  }
}
