import { CosmosClient } from '@azure/cosmos';
import type { Container, Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { StoreMode } from '../config';
import type { Logger } from '../logger';
import { containerDefinitions } from './containers';
import type { ContainerName } from './containers';
import { startEmbeddedCosmos } from './embedded-cosmos';
import type { EmbeddedCosmos } from './embedded-cosmos';

/** The one door to Cosmos DB: Azure Cosmos DB in production, the in-process protocol server locally. */
export class CosmosStore {
  private constructor(
    readonly database: Database,
    private readonly embedded: EmbeddedCosmos | undefined,
  ) {}

  static async open(mode: StoreMode, logger: Logger): Promise<CosmosStore> {
    if (mode.kind === 'azure') {
      // Managed identity (no keys) unless a key is given explicitly, e.g. for a developer's own account.
      const client = mode.key
        ? new CosmosClient({
            endpoint: mode.endpoint,
            key: mode.key,
            // Plain HTTP is only ever another process's embedded store (the benchmark's dispatcher): endpoint
            // discovery would switch to HTTPS, which it does not speak.
            ...(mode.endpoint.startsWith('http://')
              ? { connectionPolicy: { enableEndpointDiscovery: false } }
              : {}),
          })
        : new CosmosClient({ endpoint: mode.endpoint, aadCredentials: new DefaultAzureCredential() });
      const database = await createSchema(client, mode.database);
      logger.info({ endpoint: mode.endpoint, database: mode.database }, 'connected to Azure Cosmos DB');
      return new CosmosStore(database, undefined);
    }

    const embedded = await startEmbeddedCosmos(mode.dataDir, logger);
    try {
      const database = await createSchema(embedded.client, mode.database);
      await embedded.restore(database);
      return new CosmosStore(database, embedded);
    } catch (error) {
      await embedded.close();
      throw error;
    }
  }

  container(name: ContainerName): Container {
    return this.database.container(name);
  }

  /** A cheap round trip, for the readiness probe. */
  async ping(): Promise<void> {
    await this.database.read();
  }

  async close(): Promise<void> {
    await this.embedded?.close();
  }
}

async function createSchema(client: CosmosClient, databaseId: string): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const definition of containerDefinitions) {
    await database.containers.createIfNotExists({
      id: definition.id,
      partitionKey: { paths: [definition.partitionKey] },
      indexingPolicy: definition.indexingPolicy,
      uniqueKeyPolicy: definition.uniqueKeyPolicy,
      defaultTtl: definition.defaultTtl,
    });
  }
  return database;
}
