import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type Account from '@vercel/cosmosdb-server/lib/account/index.js';
import type Collections from '@vercel/cosmosdb-server/lib/account/collections.js';
import type Databases from '@vercel/cosmosdb-server/lib/account/databases.js';
import type Documents from '@vercel/cosmosdb-server/lib/account/documents.js';
import type Items from '@vercel/cosmosdb-server/lib/account/items.js';
import type ItemObject from '@vercel/cosmosdb-server/lib/account/item-object.js';

/*
 * The one place that reaches inside @vercel/cosmosdb-server (pinned at 1.0.1): it keeps its documents in memory
 * only and says nothing when they change, so the embedded store could not be durable without this. Every
 * document change goes through `Documents#_set` and `Documents#delete` (create, replace, upsert, patch, batch),
 * which are wrapped once per process. A change is told to the observer of the server it happened in, found
 * from the documents upwards: the library keeps no link from a collection to its database or from a database
 * to its account, so the hooks note them as the library makes them (`_newItem`), and an account names the port
 * of its server. (An AsyncLocalStorage per request would find the server too, but on Node 20 it hooks every
 * promise of the process, the service's included: a fifth of the redirect's throughput.)
 * protocol-server-hooks.test.ts fails if the library changes shape.
 */

export type StoredDocument = ItemObject;

/** What the embedded store needs to hear from the protocol server. */
export interface DocumentObserver {
  /** A document was created or replaced (create, replace, upsert, patch, batch): as the server now holds it. */
  written(collectionId: string, document: StoredDocument): void;
  /** A document was deleted: as it was. A replace tells a deletion then the new version. */
  deleted(collectionId: string, document: StoredDocument): void;
  /** Undefined if every change told so far is durable; else settles once it is (or cannot be). */
  durable(): Promise<void> | undefined;
}

export interface ObservedServer {
  /** Puts documents straight into a collection, unobserved: a restore, without a request per document. */
  load(databaseId: string, collectionId: string, documents: Iterable<Record<string, unknown>>): void;
  /** What a collection holds now. The server replaces documents rather than changing them, so this is a moment. */
  documents(databaseId: string, collectionId: string): StoredDocument[];
}

interface ServerContext {
  observer: DocumentObserver;
  account?: Account;
  /** While a restore loads documents, which are durable already. */
  loading: boolean;
}

const require = createRequire(import.meta.url);
const library = {
  Items: (require('@vercel/cosmosdb-server/lib/account/items.js') as { default: typeof Items }).default,
  Documents: (require('@vercel/cosmosdb-server/lib/account/documents.js') as { default: typeof Documents })
    .default,
  Account: (require('@vercel/cosmosdb-server/lib/account/index.js') as { default: typeof Account }).default,
  Databases: (require('@vercel/cosmosdb-server/lib/account/databases.js') as { default: typeof Databases })
    .default,
  Collections: (
    require('@vercel/cosmosdb-server/lib/account/collections.js') as { default: typeof Collections }
  ).default,
};

/** Each observed server's context, by the port it listens on. */
const serversByPort = new Map<number, ServerContext>();
/** A database's account and a collection's database, as the library made them. */
const parents = new WeakMap<object, object>();
let installed = false;

const accountPorts = new WeakMap<Account, number>();

/** The port an account was made for: the library names it in the account's endpoint. */
function portOf(account: Account): number {
  let port = accountPorts.get(account);
  if (port === undefined) {
    const { writableLocations } = account.read() as {
      writableLocations?: { databaseAccountEndpoint: string }[];
    };
    port = Number(new URL(writableLocations?.[0]?.databaseAccountEndpoint ?? 'http://invalid').port);
    accountPorts.set(account, port);
  }
  return port;
}

function serverOfAccount(account: Account): ServerContext | undefined {
  return serversByPort.get(portOf(account));
}

function serverOfDocuments(documents: Documents): ServerContext | undefined {
  const database = parents.get(documents._parent);
  const account = database && parents.get(database);
  const server = account && serverOfAccount(account as Account);
  return server?.loading ? undefined : server;
}

/** Fails at start, not with silently lost writes, if the library no longer has the shape the hooks rely on. */
function assertShape(): void {
  const { Items, Documents, Account, Databases, Collections } = library;
  const documents = Documents.prototype as unknown as Record<string, unknown>;
  const inherited = ['_set', 'delete'].every(
    (name) =>
      !Object.hasOwn(documents, name) &&
      typeof Items.prototype[name as keyof Items<never, never>] === 'function',
  );
  const makesItems = [Databases, Collections].every((kind) => Object.hasOwn(kind.prototype, '_newItem'));
  if (
    !inherited ||
    !makesItems ||
    typeof Account.prototype.database !== 'function' ||
    !(Documents.prototype instanceof Items)
  ) {
    throw new Error(
      '@vercel/cosmosdb-server changed shape: bot/src/store/embedded/protocol-server-hooks.ts needs review',
    );
  }
}

function install(): void {
  if (installed) return;
  assertShape();
  installed = true;
  const { Items, Documents, Account, Databases, Collections } = library;
  const set = Items.prototype._set;
  const remove = Items.prototype.delete;
  const database = Account.prototype.database;
  const newDatabase = Databases.prototype._newItem;
  const newCollection = Collections.prototype._newItem;
  const collectionOf = (documents: Documents) => documents._parent.read().id;

  Databases.prototype._newItem = function (this: Databases, data) {
    const made = newDatabase.call(this, data);
    parents.set(made, this._parent);
    return made;
  };
  Collections.prototype._newItem = function (this: Collections, data) {
    const made = newCollection.call(this, data);
    parents.set(made, this._parent);
    return made;
  };
  Documents.prototype._set = function (this: Documents, data: ItemObject) {
    const stored = set.call(this, data);
    serverOfDocuments(this)?.observer.written(collectionOf(this), stored);
    return stored;
  };
  Documents.prototype.delete = function (this: Documents, idOrRid: string, partition: unknown) {
    const before = this._item('/id', idOrRid, partition).read();
    remove.call(this, idOrRid, partition);
    if (before) serverOfDocuments(this)?.observer.deleted(collectionOf(this), before);
  };
  // Every request starts here: how a server's account is found, to load a restore straight into it.
  Account.prototype.database = function (this: Account, idOrRid: string) {
    const context = serverOfAccount(this);
    if (context) context.account ??= this;
    return database.call(this, idOrRid);
  };
}

/**
 * Has a protocol server's observer hear every document change, and holds each answer until the observer says
 * what it heard is durable: the SDK never sees a write answered that a crash can undo.
 * Call before the server listens, once per server.
 */
export function observeProtocolServer(server: http.Server, observer: DocumentObserver): ObservedServer {
  install();
  const context: ServerContext = { observer, loading: false };
  let port: number | undefined;
  server.on('listening', () => {
    port = (server.address() as AddressInfo).port;
    serversByPort.set(port, context);
  });
  server.on('close', () => {
    if (port !== undefined && serversByPort.get(port) === context) serversByPort.delete(port);
  });
  // Before the library's own listener, which answers.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) =>
    holdAnswer(res, observer),
  );

  const documentsOf = (databaseId: string, collectionId: string) => {
    if (!context.account) throw new Error('the protocol server has had no request yet');
    const collection = context.account.database(databaseId).collection(collectionId);
    if (!collection.read()) throw new Error(`no collection ${collectionId} in ${databaseId}`);
    return collection.documents;
  };
  return {
    load(databaseId, collectionId, documents) {
      const target = documentsOf(databaseId, collectionId);
      context.loading = true;
      try {
        for (const document of documents) target.create(document);
      } finally {
        context.loading = false;
      }
    },
    documents(databaseId, collectionId) {
      return [...documentsOf(databaseId, collectionId)._data.values()].map((document) => document.read());
    },
  };
}

/** The library answers with one `res.end(body)` once its handler is done; that call waits for durability here. */
function holdAnswer(res: http.ServerResponse, observer: DocumentObserver): void {
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    const durable = observer.durable();
    if (!durable) return end(...args);
    // Not durable: the connection is cut rather than the write confirmed, and the SDK sees a failed request.
    durable.then(
      () => end(...args),
      (error: unknown) => res.destroy(error as Error),
    );
    return res;
  }) as typeof res.end;
}
