import type { Container, SqlParameter, SqlQuerySpec } from '@azure/cosmos';
import { ErrorResponse } from '@azure/cosmos';
import type { TenantDocument } from '../domain/documents';
import { RecentReads } from './recent-reads';
import { withoutSystemProperties } from './system-properties';
import { backOff, StaleVersion, WriteConflict } from './write-conflict';

/** A document and the store's version of it (its ETag, unquoted): what a client sends back in `If-Match`. */
export interface Versioned<T> {
  document: T;
  version: string;
}

/** Azure Cosmos DB quotes its ETags, the embedded store does not: a version is the ETag without its quotes. */
const versionOf = (etag: string | undefined) => (etag ?? '').replace(/^"|"$/g, '');

export interface Page<T> {
  items: T[];
  continuationToken?: string;
}

const MAX_CONFLICT_RETRIES = 8;
const PURGE_PAGE_SIZE = 500;
/** How late another instance's writes may show in the answers of `recently` (this instance's show at once). */
const RECENT_READ_MAX_AGE_MS = 5_000;
const RECENT_READS_PER_TENANT = 500;

/**
 * Ids no document can have: Cosmos DB refuses `/ \ ? #`, and a point read of `.` or `..` would address the
 * container itself, not a document in it. Whatever the caller validated, such an id names nothing.
 */
const NOT_A_DOCUMENT_ID = /[/\\?#]|^\.*$/;

/**
 * What every repository does with its container, always inside one tenant's partition. Each Cosmos
 * container has exactly one repository extending this, which adds the domain's own reads and writes.
 */
export abstract class TenantRepository<T extends TenantDocument> {
  private readonly recentReads = new RecentReads<unknown>(RECENT_READ_MAX_AGE_MS, RECENT_READS_PER_TENANT);

  constructor(protected readonly container: Container) {}

  /** `get` as read in the last few seconds (see RecentReads): to show, or to decide access, never to rewrite. */
  getRecent(tenantId: string, id: string): Promise<Readonly<T> | undefined> {
    return this.recently(tenantId, `get ${id}`, () => this.get(tenantId, id));
  }

  async get(tenantId: string, id: string): Promise<T | undefined> {
    return (await this.getVersioned(tenantId, id))?.document;
  }

  async getVersioned(tenantId: string, id: string): Promise<Versioned<T> | undefined> {
    if (NOT_A_DOCUMENT_ID.test(id)) return undefined;
    try {
      const { resource, etag } = await this.container.item(id, tenantId).read<T>();
      return resource ? { document: withoutSystemProperties(resource), version: versionOf(etag) } : undefined;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async upsert(document: T): Promise<T> {
    try {
      const { resource } = await this.container.items.upsert<T>(document);
      return written(resource);
    } finally {
      this.recentReads.forget(document.tenantId);
    }
  }

  /**
   * Creates the document unless one with its id exists: the one way to make a create happen exactly once under
   * concurrent requests (a deterministic id). Answers undefined when another request created it first.
   */
  async createOnce(document: T): Promise<T | undefined> {
    try {
      const { resource } = await this.container.items.create<T>(document);
      return written(resource);
    } catch (error) {
      if (isStatus(error, 409)) return undefined;
      throw error;
    } finally {
      this.recentReads.forget(document.tenantId);
    }
  }

  async delete(tenantId: string, id: string): Promise<void> {
    if (NOT_A_DOCUMENT_ID.test(id)) return;
    try {
      await this.container.item(id, tenantId).delete();
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    } finally {
      this.recentReads.forget(tenantId);
    }
  }

  /**
   * Read-modify-write guarded by the document's ETag, retried when another writer got there first,
   * so concurrent updates never overwrite each other. `change` returning `current` itself writes nothing (the
   * document is already as wanted). Throws `WriteConflict` when other writers win every retry.
   */
  async update(tenantId: string, id: string, change: (current: T) => T): Promise<T | undefined> {
    return (await this.updateVersioned(tenantId, id, change))?.document;
  }

  /**
   * `update`, answering the new version too; with `ifVersion` (a client's `If-Match`), only if the document is
   * still at that version, never retried: throws `StaleVersion` when someone changed it since.
   */
  async updateVersioned(
    tenantId: string,
    id: string,
    change: (current: T) => T,
    ifVersion?: string,
  ): Promise<Versioned<T> | undefined> {
    if (NOT_A_DOCUMENT_ID.test(id)) return undefined;
    try {
      return await this.replaceGuarded(tenantId, id, change, ifVersion);
    } finally {
      this.recentReads.forget(tenantId);
    }
  }

  private async replaceGuarded(
    tenantId: string,
    id: string,
    change: (current: T) => T,
    ifVersion: string | undefined,
  ): Promise<Versioned<T> | undefined> {
    for (let attempt = 0; ; attempt++) {
      const { resource, etag } = await this.container.item(id, tenantId).read<T>();
      if (!resource) return undefined;
      if (ifVersion !== undefined && ifVersion !== versionOf(etag)) throw new StaleVersion(id);
      const current = withoutSystemProperties(resource);
      const next = change(current);
      if (next === current) return { document: current, version: versionOf(etag) };
      try {
        const saved = await this.container
          .item(id, tenantId)
          .replace<T>(next, { accessCondition: { type: 'IfMatch', condition: etag } });
        return { document: written(saved.resource), version: versionOf(saved.etag) };
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
        if (ifVersion !== undefined) throw new StaleVersion(id);
        if (attempt >= MAX_CONFLICT_RETRIES) throw new WriteConflict(id);
        await backOff(attempt);
      }
    }
  }

  /**
   * A read's answer as given in the last few seconds (see RecentReads), `key` naming the read and its arguments.
   * For what people are shown; a write through `upsert`, `update` or `delete` makes the next read go to the
   * store, so only a repository that writes through nothing else may use it.
   */
  protected recently<R>(tenantId: string, key: string, load: () => Promise<R>): Promise<R> {
    return this.recentReads.read(tenantId, key, load) as Promise<R>;
  }

  protected async queryAll(tenantId: string, query: string, parameters: SqlParameter[] = []): Promise<T[]> {
    const { resources } = await this.container.items
      .query<T>({ query, parameters }, { partitionKey: tenantId })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }

  protected queryPage(
    tenantId: string,
    query: string,
    parameters: SqlParameter[],
    limit: number,
    continuationToken: string | undefined,
  ): Promise<Page<T>> {
    return queryPage<T>(this.container, tenantId, { query, parameters }, limit, continuationToken);
  }

  /**
   * The retention purge: deletes the documents the query selects, except those `keep` spares, and says how many
   * went. The ids are gathered first so that deleting never shifts the pages being read.
   */
  protected async deleteSelected(
    tenantId: string,
    query: string,
    parameters: SqlParameter[],
    keep: (document: T) => boolean,
  ): Promise<number> {
    const doomed: string[] = [];
    const pages = this.container.items
      .query<T>({ query, parameters }, { partitionKey: tenantId, maxItemCount: PURGE_PAGE_SIZE })
      .getAsyncIterator();
    for await (const page of pages) {
      for (const document of page.resources) if (!keep(document)) doomed.push(document.id);
    }
    for (const id of doomed) await this.delete(tenantId, id);
    return doomed.length;
  }

  protected async count(tenantId: string, query: string, parameters: SqlParameter[]): Promise<number> {
    const { resources } = await this.container.items
      .query<number>({ query, parameters }, { partitionKey: tenantId })
      .fetchAll();
    return resources[0] ?? 0;
  }
}

/** One page of a query inside a tenant's partition, with the store's token for the next one. */
export async function queryPage<T extends object>(
  container: Container,
  tenantId: string,
  query: SqlQuerySpec,
  limit: number,
  continuationToken: string | undefined,
): Promise<Page<T>> {
  const response = await container.items
    .query<T>(query, { partitionKey: tenantId, maxItemCount: limit, continuationToken })
    .fetchNext();
  return {
    items: response.resources.map(withoutSystemProperties),
    ...(response.continuationToken ? { continuationToken: response.continuationToken } : {}),
  };
}

/** Cosmos answers every successful write with the document written. */
function written<T extends object>(resource: T | undefined): T {
  if (!resource) throw new Error('Cosmos DB acknowledged a write without returning the document');
  return withoutSystemProperties(resource);
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ErrorResponse && error.code === status;
}
