import { AsyncLocalStorage } from 'node:async_hooks';
import type http from 'node:http';
import { createRequire } from 'node:module';
import type Account from '@vercel/cosmosdb-server/lib/account/index.js';
import type Documents from '@vercel/cosmosdb-server/lib/account/documents.js';
import type Items from '@vercel/cosmosdb-server/lib/account/items.js';
import type ItemObject from '@vercel/cosmosdb-server/lib/account/item-object.js';

/*
 * The one place that reaches inside @vercel/cosmosdb-server (pinned at 1.0.1): it keeps its documents in memory
 * only and says nothing when they change, so the embedded store could not be durable without this. Three
 * methods are wrapped, once per process: `Documents#_set` and `Documents#delete`, through which every document
 * change goes (create, replace, upsert, patch, batch), and `Account#database`, which every request calls first
 * (how a server's account is found, to load a restore straight into it). Each server's requests run in an
 * async context of their own, so changes are told to the right server's observer however many run in one
 * process. protocol-server-hooks.test.ts fails if the library changes shape.
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
}

const require = createRequire(import.meta.url);
const library = {
  Items: (require('@vercel/cosmosdb-server/lib/account/items.js') as { default: typeof Items }).default,
  Documents: (require('@vercel/cosmosdb-server/lib/account/documents.js') as { default: typeof Documents })
    .default,
  Account: (require('@vercel/cosmosdb-server/lib/account/index.js') as { default: typeof Account }).default,
};

const requests = new AsyncLocalStorage<ServerContext>();
let installed = false;

/** Fails at start, not with silently lost writes, if the library no longer has the shape the hooks rely on. */
function assertShape(): void {
  const { Items, Documents, Account } = library;
  const documents = Documents.prototype as unknown as Record<string, unknown>;
  const inherited = ['_set', 'delete'].every(
    (name) =>
      !Object.hasOwn(documents, name) &&
      typeof Items.prototype[name as keyof Items<never, never>] === 'function',
  );
  if (
    !inherited ||
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
  const { Items, Documents, Account } = library;
  const set = Items.prototype._set;
  const remove = Items.prototype.delete;
  const database = Account.prototype.database;
  const collectionOf = (documents: Documents) => documents._parent.read().id;

  Documents.prototype._set = function (this: Documents, data: ItemObject) {
    const stored = set.call(this, data);
    requests.getStore()?.observer.written(collectionOf(this), stored);
    return stored;
  };
  Documents.prototype.delete = function (this: Documents, idOrRid: string, partition: unknown) {
    const before = this._item('/id', idOrRid, partition).read();
    remove.call(this, idOrRid, partition);
    if (before) requests.getStore()?.observer.deleted(collectionOf(this), before);
  };
  Account.prototype.database = function (this: Account, idOrRid: string) {
    const context = requests.getStore();
    if (context) context.account ??= this;
    return database.call(this, idOrRid);
  };
}

/**
 * Runs a protocol server's requests where its observer hears every document change, and holds each answer
 * until the observer says what it heard is durable: the SDK never sees a write answered that a crash can undo.
 * Call before the server listens, once per server.
 */
export function observeProtocolServer(server: http.Server, observer: DocumentObserver): ObservedServer {
  install();
  const context: ServerContext = { observer };
  const handlers = server.listeners('request') as http.RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    holdAnswer(res, observer);
    requests.run(context, () => {
      for (const handler of handlers) handler.call(server, req, res);
    });
  });

  const documentsOf = (databaseId: string, collectionId: string) => {
    if (!context.account) throw new Error('the protocol server has had no request yet');
    const collection = context.account.database(databaseId).collection(collectionId);
    if (!collection.read()) throw new Error(`no collection ${collectionId} in ${databaseId}`);
    return collection.documents;
  };
  return {
    load(databaseId, collectionId, documents) {
      const target = documentsOf(databaseId, collectionId);
      for (const document of documents) target.create(document);
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
