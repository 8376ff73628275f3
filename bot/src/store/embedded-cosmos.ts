import { createHttpServer } from '@vercel/cosmosdb-server';
import { CosmosClient } from '@azure/cosmos';
import type { Database } from '@azure/cosmos';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger';
import { LocalData } from './embedded/local-data';
import { makeQueriesLinear } from './embedded/linear-queries';
import { observeProtocolServer } from './embedded/protocol-server-hooks';

export interface EmbeddedCosmos {
  client: CosmosClient;
  /** Loads the saved data into the freshly created containers; from then on every write is durable when answered. */
  restore(database: Database): Promise<void>;
  /** Saves the containers changed since their last snapshot and stops the server. */
  close(): Promise<void>;
}

/**
 * The Cosmos DB protocol server, in-process, for local runs and tests. It keeps data in memory only, so every
 * change it makes is journaled to `dataDir` before it is answered, and restored at start (see LocalData).
 */
export async function startEmbeddedCosmos(dataDir: string, logger: Logger): Promise<EmbeddedCosmos> {
  makeQueriesLinear();
  const server = createHttpServer({ keepAlive: true } as http.ServerOptions);
  const data = new LocalData(dataDir, logger);
  const observed = observeProtocolServer(server, data);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // No custom agent: the SDK only allows plain HTTP on its own (keep-alive) agent.
  const client = new CosmosClient({
    endpoint: `http://127.0.0.1:${port}`,
    key: 'embedded-cosmos-has-no-key',
    connectionPolicy: { enableEndpointDiscovery: false },
  });

  return {
    client,
    restore: (database) => data.restore(observed, database.id),
    async close() {
      client.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await data.close();
    },
  };
}
