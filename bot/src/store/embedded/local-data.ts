import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../logger';
import { withoutSystemProperties } from '../system-properties';
import { Journal, removeJournals } from './journal';
import { keyOf, persistedContainers } from './persisted-containers';
import type { DocumentObserver, ObservedServer, StoredDocument } from './protocol-server-hooks';
import { readLocalData } from './read-local-data';
import { LEGACY_SNAPSHOT, removeTemporaryFiles, writeSnapshot } from './snapshots';
import { syncDirectory } from './sync-directory';

/** Past this, the journal is folded into the snapshots of the containers it changed: start-up replays less. */
const COMPACT_AT_BYTES = 8 * 1024 * 1024;

/**
 * The embedded store's data on disk, in `dir`: a snapshot per container plus the journal of every change
 * since. A change is durable (journal synced) before the protocol server answers it; from time to time, and
 * when the service stops, the journal is folded into the snapshots of the containers it changed only.
 * Transient containers (job leases) are neither journaled nor saved.
 */
export class LocalData implements DocumentObserver {
  private journal: Journal | undefined;
  private server: ObservedServer | undefined;
  private databaseId = '';
  /** Containers changed since their last snapshot. */
  private readonly dirty = new Set<string>();
  private compacting: Promise<void> | undefined;
  private readonly dir: string;

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
  ) {
    this.dir = path.join(dataDir, 'cosmos');
  }

  written(collectionId: string, document: StoredDocument): void {
    if (!persistedContainers.has(collectionId)) return;
    this.opened().append({ c: collectionId, set: withoutSystemProperties(document) });
    this.dirty.add(collectionId);
  }

  deleted(collectionId: string, document: StoredDocument): void {
    const definition = persistedContainers.get(collectionId);
    if (!definition) return;
    this.opened().append({ c: collectionId, del: keyOf(definition, document) });
    this.dirty.add(collectionId);
  }

  durable(): Promise<void> | undefined {
    const synced = this.journal?.durable();
    // A failure is logged once by the journal; the protocol server refuses the write itself.
    synced?.then(
      () => this.compactIfLarge(),
      () => undefined,
    );
    return synced;
  }

  /** Loads what is on disk straight into the protocol server's containers, then starts a fresh journal. */
  async restore(server: ObservedServer, databaseId: string): Promise<void> {
    const started = Date.now();
    await mkdir(this.dir, { recursive: true });
    await removeTemporaryFiles(this.dir);
    const onDisk = await readLocalData(this.dataDir, this.dir);
    let count = 0;
    for (const [id, documents] of onDisk.documents) {
      server.load(databaseId, id, documents);
      count += documents.length;
    }
    this.server = server;
    this.databaseId = databaseId;
    this.journal = new Journal(this.dir, onDisk.lastGeneration + 1, (error) =>
      this.logger.error({ err: error, path: this.dir }, 'local data change not saved: its write is refused'),
    );
    // What the journals held goes into snapshots now: the next start reads fewer files, and a torn tail is gone.
    for (const id of onDisk.changed) await writeSnapshot(this.dir, id, onDisk.documents.get(id) ?? []);
    await syncDirectory(this.dir);
    await removeJournals(this.dir, onDisk.lastGeneration);
    if (onDisk.migrated) await unlink(path.join(this.dataDir, LEGACY_SNAPSHOT));

    if (onDisk.problems.length > 0) {
      this.logger.warn(
        { path: this.dir },
        `local data restored with a problem: ${onDisk.problems.join('; ')}`,
      );
    }
    this.logger.info(
      {
        documents: count,
        path: this.dir,
        ms: Date.now() - started,
        ...(onDisk.migrated ? { migratedFrom: path.join(this.dataDir, LEGACY_SNAPSHOT) } : {}),
      },
      'restored local data',
    );
  }

  /** Saves the containers changed since their last snapshot, then drops the journal they are now in. */
  compact(): Promise<void> {
    this.compacting ??= this.foldJournal().finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  async close(): Promise<void> {
    await this.compacting;
    await this.journal?.durable();
    if (this.dirty.size > 0) await this.compact();
    await this.journal?.close();
  }

  private compactIfLarge(): void {
    if ((this.journal?.size ?? 0) >= COMPACT_AT_BYTES && !this.compacting) {
      this.compact().catch((error: unknown) =>
        this.logger.error(
          { err: error },
          'local data not compacted; the journal keeps every change meanwhile',
        ),
      );
    }
  }

  private async foldJournal(): Promise<void> {
    const journal = this.opened();
    const { server } = this;
    if (!server) return;
    const containers = [...this.dirty];
    this.dirty.clear();
    // From here on changes go to the next journal file; the snapshots below already hold at least what the
    // ended one did, and replaying a change over a snapshot that has it gives the same document.
    const ended = await journal.rotate();
    try {
      for (const id of containers) {
        const documents = server.documents(this.databaseId, id).map(withoutSystemProperties);
        await writeSnapshot(this.dir, id, documents);
      }
      await syncDirectory(this.dir);
    } catch (error) {
      for (const id of containers) this.dirty.add(id);
      throw error;
    }
    await removeJournals(this.dir, ended);
  }

  private opened(): Journal {
    if (!this.journal) throw new Error('a document changed before the local data was restored');
    return this.journal;
  }
}
