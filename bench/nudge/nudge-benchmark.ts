/**
 * `npm run bench -- nudge --recipients 10000 --rate 500 [--crash-at 0.5] [--in-flight 64] [--json]`
 *
 * One nudge to N ambassadors through the real outbox dispatcher (in a child process), the embedded Cosmos
 * server (over the wire protocol) and the Bot Connector simulator, whose tenant rate is --rate like the
 * dispatcher's. Elapsed time runs from the dispatcher's start, with the whole outbox due, to the last message
 * the simulator accepted. With --crash-at, the dispatcher is killed (SIGKILL) once that share of recipients
 * got the message, and a new one started: it must lose nobody and repeat at most the sends in flight.
 * BENCH_CPU_PROF=<dir> writes the dispatcher's CPU profile there.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { z } from 'zod';
import { benchmarkOptions } from '../options';
import { enqueueMessage } from '../../bot/src/delivery/enqueue-message';
import { createLogger } from '../../bot/src/logger';
import { CosmosStore } from '../../bot/src/store/cosmos-store';
import { createRepositories } from '../../bot/src/store/repositories';
import { ambassador, installBotFor, teamsIdsOf } from '../../tests/support/delivery-fixtures';
import { SimulatedBotConnector } from '../../tests/support/simulated-bot-connector';

const TENANT = 'tenant-bench';
const MESSAGE_ID = 'nudge-bench';
/** The dispatcher looks for due deliveries this often; its lease lasts three times as long. */
const INTERVAL_MS = 500;
/** A killed dispatcher's claims lapse after this: its successor sends them again. */
const CLAIM_MS = 5_000;
const POLL_MS = 100;

const optionsSchema = z.object({
  recipients: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  rate: z.coerce.number().positive().max(10_000).default(500),
  'crash-at': z.coerce.number().gt(0).lt(1).optional(),
  'in-flight': z.coerce.number().int().min(1).max(1_000).default(250),
});

export async function run(args: readonly string[], progress: (line: string) => void) {
  const options = benchmarkOptions(optionsSchema, args);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-bench-'));
  const cosmos = createHttpServer({ keepAlive: true } as http.ServerOptions);
  await new Promise<void>((resolve) => cosmos.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(cosmos.address() as AddressInfo).port}`;
  const store = await CosmosStore.open(
    { kind: 'azure', endpoint, key: 'embedded-cosmos-has-no-key', database: 'ambassade' },
    createLogger('warn'),
  );
  const repositories = createRepositories(store);
  const simulator = await SimulatedBotConnector.start({ tenantRatePerSecond: options.rate });
  let dispatcher: ChildProcess | undefined;
  try {
    progress(`seeding ${options.recipients} ambassadors and their conversations`);
    const people = Array.from({ length: options.recipients }, (_, index) =>
      ambassador(TENANT, `person-${index}`),
    );
    await installBotFor(repositories, people, simulator.serviceUrl);
    const enqueued = await enqueueMessage(
      repositories,
      {
        tenantId: TENANT,
        messageId: MESSAGE_ID,
        kind: 'nudge',
        recipients: people,
        render: (person) => ({ text: `Hello ${person.displayName}: a new campaign is out, share it!` }),
      },
      new Date(),
    );
    progress(`outbox: ${enqueued.queued} deliveries`);

    const env = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      COSMOS_ENDPOINT: endpoint,
      COSMOS_KEY: 'embedded-cosmos-has-no-key',
      BOT_SEND_RATE: String(options.rate),
      BOT_SEND_IN_FLIGHT: String(options['in-flight']),
      BOT_SEND_INTERVAL_MS: String(INTERVAL_MS),
      BOT_SEND_CLAIM_MS: String(CLAIM_MS),
    };
    const started = await startDispatcher(env);
    dispatcher = started.child;
    const startedAt = started.at;

    const delivered = () => simulator.countsByRecipient().size;
    const crashAfter =
      options['crash-at'] === undefined ? undefined : Math.ceil(options.recipients * options['crash-at']);
    let crashedAt: number | undefined;
    const minSeconds = options.recipients / options.rate;
    const deadline = Date.now() + (minSeconds * 5 + 60) * 1000;
    let lastReport = Date.now();
    while (delivered() < options.recipients && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (crashAfter !== undefined && crashedAt === undefined && delivered() >= crashAfter) {
        dispatcher.kill('SIGKILL');
        crashedAt = Date.now();
        progress(`dispatcher killed (SIGKILL) after ${delivered()} recipients; starting another`);
        dispatcher = (await startDispatcher(env)).child;
      }
      if (Date.now() - lastReport >= 1_000) {
        lastReport = Date.now();
        const seconds = (Date.now() - startedAt) / 1000;
        progress(
          `${seconds.toFixed(1)} s: ${delivered()}/${options.recipients} delivered, ${(delivered() / seconds).toFixed(0)}/s, ${simulator.throttled} throttled`,
        );
      }
    }
    const lastReceivedAt = Math.max(...simulator.received.map((entry) => entry.at));
    const elapsedSeconds = (lastReceivedAt - startedAt) / 1000;

    // Every delivery settled in the outbox too (a send accepted but not yet recorded is still `sending`).
    const settleBy = Date.now() + CLAIM_MS * 3;
    let outbox = await repositories.outbox.progress(TENANT, MESSAGE_ID);
    while ((outbox.pending > 0 || outbox.sending > 0) && Date.now() < settleBy) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));
      outbox = await repositories.outbox.progress(TENANT, MESSAGE_ID);
    }

    const dispatcherCpuSeconds = await stopDispatcher(dispatcher);
    dispatcher = undefined;
    const counts = simulator.countsByRecipient();
    const lost = people.filter((person) => !counts.has(teamsIdsOf(person.id).teamsUserId)).length;
    const duplicates = [...counts.values()].reduce((sum, count) => sum + count - 1, 0);
    return {
      benchmark: 'nudge',
      recipients: options.recipients,
      rate: options.rate,
      elapsed_s: round(elapsedSeconds),
      min_s: round(minSeconds),
      efficiency: round(minSeconds / elapsedSeconds),
      lost,
      duplicates,
      throttled: simulator.throttled,
      retry_after_violations: simulator.retryAfterViolations,
      in_flight_max: options['in-flight'],
      crashed: crashedAt !== undefined,
      // Where the time went: the (last) dispatcher process, and this one (Cosmos server, simulator, seeding).
      cpu_s: { dispatcher: dispatcherCpuSeconds && round(dispatcherCpuSeconds), parent: round(cpuSeconds()) },
      load_average: round(loadavg()[0] ?? 0),
      outbox,
    };
  } finally {
    await stopDispatcher(dispatcher);
    await simulator.stop();
    await store.close();
    cosmos.closeAllConnections();
    await new Promise<void>((resolve) => cosmos.close(() => resolve()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function startDispatcher(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; at: number }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dispatcher-process.ts');
  const child = fork(script, [], {
    env,
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const at = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the dispatcher exited (${code}) before it was ready`)));
    child.on('message', (message: { type?: string; at?: number }) => {
      if (message.type === 'ready' && message.at) resolve(message.at);
    });
  });
  child.removeAllListeners('exit');
  return { child, at };
}

/** Stops the dispatcher; returns the CPU time it used (seconds), when it could tell. */
async function stopDispatcher(child: ChildProcess | undefined): Promise<number | undefined> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
  let cpuSeconds: number | undefined;
  child.on('message', (message: { type?: string; seconds?: number }) => {
    if (message.type === 'cpu') cpuSeconds = message.seconds;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send({ type: 'stop' });
  const killAfter = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killAfter);
  return cpuSeconds;
}
