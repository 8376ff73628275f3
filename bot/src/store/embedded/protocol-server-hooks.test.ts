import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import type { Container } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { observeProtocolServer } from './protocol-server-hooks';
import type { DocumentObserver, ObservedServer } from './protocol-server-hooks';

/*
 * The hooks rely on how @vercel/cosmosdb-server changes documents and answers requests. These tests go through
 * the real SDK and server: if the library stops calling what the hooks wrap, or answers another way, they fail.
 */

const heard: string[] = [];
let hold: Promise<void> | undefined;
const observer: DocumentObserver = {
  written: (collection, document) => void heard.push(`written ${collection} ${document.id} v${document.v}`),
  deleted: (collection, document) => void heard.push(`deleted ${collection} ${document.id}`),
  durable: () => hold,
};

let server: http.Server;
let client: CosmosClient;
let container: Container;
let observed: ObservedServer;
beforeAll(async () => {
  server = createHttpServer({ keepAlive: true } as http.ServerOptions);
  observed = observeProtocolServer(server, observer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new CosmosClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    key: 'none',
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const { database } = await client.databases.createIfNotExists({ id: 'hooks' });
  ({ container } = await database.containers.createIfNotExists({
    id: 'things',
    partitionKey: { paths: ['/tenantId'] },
  }));
});
afterAll(async () => {
  client.dispose();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const thing = (id: string, v: number) => ({ id, tenantId: 't', v });

describe('the protocol server hooks', () => {
  it('hear every kind of document change, as the server then holds the document', async () => {
    heard.length = 0;
    await container.items.create(thing('a', 1));
    await container.items.upsert(thing('a', 2));
    await container.items.upsert(thing('b', 1));
    await container.item('a', 't').replace(thing('a', 3));
    await container.item('a', 't').patch([{ op: 'set', path: '/v', value: 4 }]);
    await container.items.bulk([
      { operationType: 'Create', resourceBody: thing('c', 1) },
      { operationType: 'Upsert', resourceBody: thing('c', 2) },
      { operationType: 'Delete', id: 'b', partitionKey: 't' },
    ]);
    await container.item('c', 't').delete();
    expect(heard).toEqual([
      'written things a v1',
      'deleted things a',
      'written things a v2',
      'written things b v1',
      'deleted things a',
      'written things a v3',
      'deleted things a',
      'written things a v4',
      'written things c v1',
      'deleted things c',
      'written things c v2',
      'deleted things b',
      'deleted things c',
    ]);
  });

  it('hold every answer until the observer says the changes are durable', async () => {
    let release = () => {};
    hold = new Promise<void>((resolve) => (release = resolve));
    let answered = false;
    const create = container.items.create(thing('held', 1)).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.at(-1)).toBe('written things held v1');
    expect(answered).toBe(false);
    hold = undefined;
    release();
    await create;
    expect(answered).toBe(true);
  });

  it('cut the connection rather than answer when the changes cannot be made durable', async () => {
    hold = Promise.reject(new Error('disk full'));
    hold.catch(() => undefined);
    const outcome = await container.items.create(thing('refused', 1)).then(
      () => 'answered',
      () => 'failed',
    );
    hold = undefined;
    expect(outcome).toBe('failed');
  });

  it('load documents straight in, unheard, and list what a collection holds', async () => {
    heard.length = 0;
    observed.load('hooks', 'things', [thing('loaded', 1)]);
    expect(heard).toEqual([]);
    const { resource } = await container.item('loaded', 't').read<{ v: number }>();
    expect(resource?.v).toBe(1);
    expect(observed.documents('hooks', 'things').map((document) => document.id)).toContain('loaded');
  });

  it('tell each change to the observer of the server it happened in, however many run in one process', async () => {
    const otherHeard: string[] = [];
    const other = createHttpServer({ keepAlive: true } as http.ServerOptions);
    observeProtocolServer(other, {
      written: (collection, document) => void otherHeard.push(`written ${collection} ${document.id}`),
      deleted: () => undefined,
      durable: () => undefined,
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherClient = new CosmosClient({
      endpoint: `http://127.0.0.1:${(other.address() as AddressInfo).port}`,
      key: 'none',
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    try {
      const { database } = await otherClient.databases.createIfNotExists({ id: 'hooks' });
      const { container: otherThings } = await database.containers.createIfNotExists({
        id: 'things',
        partitionKey: { paths: ['/tenantId'] },
      });
      heard.length = 0;
      await Promise.all([
        otherThings.items.create(thing('there', 1)),
        container.items.create(thing('here', 1)),
      ]);
      expect(heard).toEqual(['written things here v1']);
      expect(otherHeard).toEqual(['written things there']);
    } finally {
      otherClient.dispose();
      other.closeAllConnections();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
