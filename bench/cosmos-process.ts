import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { makeQueriesLinear } from '../bot/src/store/embedded/linear-queries';

/*
 * A benchmark's Cosmos protocol server, in a process of its own (forked by `startCosmosProcess`): the database
 * gets its own core, as it would in production, and the service's measured requests do not share an event loop
 * with it. Its queries are linear in a container's size, as the service's embedded store makes them.
 */
makeQueriesLinear();
const server = createHttpServer({ keepAlive: true } as http.ServerOptions);
server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => process.exit(0));
