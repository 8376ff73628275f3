import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../bot/src/logger';
import { CosmosStore } from '../bot/src/store/cosmos-store';
import { createRepositories } from '../bot/src/store/repositories';

export interface CosmosProcess {
  child: ChildProcess;
  endpoint: string;
}

/** Starts the Cosmos protocol server in a process of its own (in memory, no snapshot) and answers its endpoint. */
export async function startCosmosProcess(): Promise<CosmosProcess> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cosmos-process.ts');
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=8192'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the Cosmos server exited (${code}) before it was ready`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) resolve(message.port);
    });
  });
  child.removeAllListeners('exit');
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

/**
 * The benchmark's own access to the Cosmos process's store, holding the activity projection's lease for the
 * whole run: the service's projection job stays idle instead of scanning the log the benchmark writes.
 */
export async function openBenchStore(cosmos: CosmosProcess, holder: string) {
  const store = await CosmosStore.open(
    { kind: 'azure', endpoint: cosmos.endpoint, key: 'bench', database: 'bench' },
    createLogger('silent'),
  );
  const repositories = createRepositories(store);
  if (!(await repositories.leases.tryAcquire('activity-projection', holder, 3_600_000))) {
    await store.close();
    throw new Error('could not take the activity projection lease');
  }
  return { store, repositories };
}
