import { createHttpServer } from '@vercel/cosmosdb-server';
import { CosmosClient } from '@azure/cosmos';
import type { Database } from '@azure/cosmos';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import { containerDefinitions } from './containers';
import { withoutSystemProperties } from './system-properties';

const SNAPSHOT_FILE = 'cosmos-snapshot.json';
/** Writes arrive in bursts (a seed, an import): save once the burst is over rather than per write. */
const SAVE_DELAY_MS = 300;

interface Snapshot {
  format: 1;
  savedAt: string;
  containers: Record<string, Record<string, unknown>[]>;
}

export interface EmbeddedCosmos {
  client: CosmosClient;
  /** Loads the last snapshot into the freshly created containers, then saves after every burst of writes. */
  restore(database: Database): Promise<void>;
  /** Saves what is pending and stops the server. */
  close(): Promise<void>;
}

/**
 * The Cosmos DB protocol server, in-process, for local runs and tests. It keeps data in memory only,
 * so its contents are saved to `dataDir` after writes and restored at start: a restart keeps what a person made.
 */
export async function startEmbeddedCosmos(dataDir: string, logger: Logger): Promise<EmbeddedCosmos> {
  const server = createHttpServer({ keepAlive: true } as http.ServerOptions);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // No custom agent: the SDK only allows plain HTTP on its own (keep-alive) agent.
  const client = new CosmosClient({
    endpoint: `http://127.0.0.1:${port}`,
    key: 'embedded-cosmos-has-no-key',
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const snapshotPath = path.join(dataDir, SNAPSHOT_FILE);

  let database: Database | undefined;
  let dirty = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    saving = saving.then(async () => {
      if (!dirty || !database) return;
      dirty = false;
      try {
        await writeSnapshot(database, snapshotPath);
      } catch (error) {
        dirty = true;
        logger.error({ err: error }, 'could not save the embedded Cosmos snapshot');
      }
    });
    return saving;
  };

  // Marked on arrival: a write the SDK has seen answered is always covered by the next save.
  server.on('request', (req: http.IncomingMessage) => {
    const isWrite = req.method !== 'GET' && req.headers['x-ms-documentdb-isquery'] !== 'true';
    if (!isWrite || closed) return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  });

  return {
    client,
    async restore(db) {
      await mkdir(dataDir, { recursive: true });
      const snapshot = await readSnapshot(snapshotPath);
      if (snapshot) {
        let count = 0;
        for (const definition of containerDefinitions) {
          const container = db.container(definition.id);
          for (const document of snapshot.containers[definition.id] ?? []) {
            await container.items.upsert(document);
            count += 1;
          }
        }
        logger.info(
          { documents: count, savedAt: snapshot.savedAt, path: snapshotPath },
          'restored local data',
        );
      }
      database = db;
      dirty = false;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await save();
      client.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readSnapshot(file: string): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const snapshot = JSON.parse(text) as Snapshot;
  if (snapshot.format !== 1) throw new Error(`Unknown snapshot format in ${file}`);
  return snapshot;
}

async function writeSnapshot(database: Database, file: string): Promise<void> {
  const snapshot: Snapshot = { format: 1, savedAt: new Date().toISOString(), containers: {} };
  for (const definition of containerDefinitions) {
    const { resources } = await database.container(definition.id).items.readAll().fetchAll();
    snapshot.containers[definition.id] = resources.map((document: Record<string, unknown>) =>
      withoutSystemProperties(document),
    );
  }
  // Write then rename, so a crash mid-save never leaves a truncated snapshot behind.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(snapshot));
  await rename(temporary, file);
}
