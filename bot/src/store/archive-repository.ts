import type { Container, SqlParameter } from '@azure/cosmos';
import type { ArchiveEntry, ArchiveRecordDoc } from '../domain/archive/archive-record';
import { archiveRecordId, GENESIS_HASH } from '../domain/archive/archive-record';
import { chainRecord, purgedRecord } from '../domain/archive/hash-chain';
import { SqlFilter } from './sql-filter';
import type { Page } from './tenant-repository';
import { withoutSystemProperties } from './system-properties';
import { isStatus, queryPage } from './tenant-repository';
import { backOff, WriteConflict } from './write-conflict';

/** Where a tenant's chain ends: a hint that saves scanning; the records' numbered ids are the truth. */
interface ChainHeadDoc {
  id: typeof HEAD_ID;
  tenantId: string;
  lastSeq: number;
  lastHash: string;
}

const HEAD_ID = 'chain-head';
/** Appenders racing for the same number retry this many times before giving up. */
const MAX_APPEND_ATTEMPTS = 20;
const PAGE_SIZE = 500;

export interface ArchiveRange {
  from?: string;
  to?: string;
  /** Records the retention purge emptied: the verification walks them, exports leave them out. */
  includePurged?: boolean;
}

/** What a reviewer narrows the shares down to. */
export interface ShareFilters {
  from?: string;
  to?: string;
  personId?: string;
  network?: string;
  campaignId?: string;
  /** Found in the text, whatever the case. */
  words?: string;
}

/**
 * The compliance archive, append-only: records are created and read, never replaced or deleted, except that
 * the retention purge empties what is past its time (`purgeBefore`). Each tenant's records form one hash chain, numbered
 * without gaps: the number is the record's id, so two appenders can never both write the same link.
 */
export class ArchiveRepository {
  constructor(private readonly container: Container) {}

  async append(tenantId: string, entry: ArchiveEntry): Promise<ArchiveRecordDoc> {
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const { head, etag } = await this.readHead(tenantId);
      const last = await this.catchUp(tenantId, { seq: head.lastSeq, hash: head.lastHash });
      const record = chainRecord(tenantId, entry, last);
      try {
        await this.container.items.create(record);
      } catch (error) {
        // Another appender took this number first: read the chain's end again.
        if (!isStatus(error, 409)) throw error;
        await backOff(attempt);
        continue;
      }
      await this.advanceHead(tenantId, record, etag);
      return record;
    }
    throw new WriteConflict(HEAD_ID);
  }

  /** The number and hash of the chain's last record, as the head says. */
  async head(tenantId: string): Promise<{ seq: number; hash: string }> {
    const { head } = await this.readHead(tenantId);
    return this.catchUp(tenantId, { seq: head.lastSeq, hash: head.lastHash });
  }

  /** Every record in chain order, a page at a time: constant memory whatever the chain's length. */
  records(tenantId: string, range: ArchiveRange = {}): AsyncGenerator<ArchiveRecordDoc> {
    const filter = new SqlFilter(tenantId)
      .where('IS_DEFINED(c.seq)')
      .whereGiven('c.at >= @from', '@from', range.from)
      .whereGiven('c.at < @to', '@to', range.to);
    if (!range.includePurged) filter.where('NOT IS_DEFINED(c.purgedAt)');
    return this.iterate(tenantId, filter.select('c.seq'), filter.parameters);
  }

  async get(tenantId: string, recordId: string): Promise<ArchiveRecordDoc | undefined> {
    const seq = /^archive-(\d{12})$/.exec(recordId)?.[1];
    return seq ? this.readRecord(tenantId, Number(seq)) : undefined;
  }

  /** Shares as they were archived, newest first, a page at a time. */
  shares(
    tenantId: string,
    filters: ShareFilters,
    limit: number,
    continuationToken: string | undefined,
  ): Promise<Page<ArchiveRecordDoc>> {
    const filter = new SqlFilter(tenantId)
      .where("c.type = 'share'")
      .where('NOT IS_DEFINED(c.purgedAt)')
      .whereGiven('c.at >= @from', '@from', filters.from)
      .whereGiven('c.at < @to', '@to', filters.to)
      .whereGiven('c.personId = @personId', '@personId', filters.personId)
      .whereGiven('c.network = @network', '@network', filters.network)
      .whereGiven('c.details.campaignId = @campaignId', '@campaignId', filters.campaignId)
      .whereGiven('CONTAINS(LOWER(c.text), @words)', '@words', filters.words?.toLowerCase());
    return queryPage<ArchiveRecordDoc>(
      this.container,
      tenantId,
      { query: filter.select('c.seq DESC'), parameters: filter.parameters },
      limit,
      continuationToken,
    );
  }

  /** Every approval archived for these items, oldest first: what the reviewers approved, version by version. */
  async approvalsOf(tenantId: string, itemIds: readonly string[]): Promise<ArchiveRecordDoc[]> {
    if (itemIds.length === 0) return [];
    const filter = new SqlFilter(tenantId)
      .where("c.type = 'approval'")
      .where('ARRAY_CONTAINS(@itemIds, c.itemId)', '@itemIds', [...itemIds]);
    const approvals: ArchiveRecordDoc[] = [];
    for await (const record of this.iterate(tenantId, filter.select('c.seq'), filter.parameters)) {
      approvals.push(record);
    }
    return approvals;
  }

  /** How many records name the person, and when the last of them was written. */
  async aboutPerson(tenantId: string, personId: string): Promise<{ records: number; lastAt?: string }> {
    const filter = new SqlFilter(tenantId)
      .where('c.personId = @personId', '@personId', personId)
      .where('NOT IS_DEFINED(c.purgedAt)');
    let records = 0;
    let lastAt: string | undefined;
    for await (const record of this.iterate(tenantId, filter.select('c.seq'), filter.parameters)) {
      records += 1;
      lastAt = record.at;
    }
    return { records, ...(lastAt ? { lastAt } : {}) };
  }

  /**
   * The retention purge: records from before `before` lose their content, except those `keep` spares (a legal
   * hold); their place in the chain stays, so the chain still verifies. Says how many were emptied.
   */
  async purgeBefore(
    tenantId: string,
    before: string,
    keep: (record: ArchiveRecordDoc) => boolean,
    now: Date,
  ): Promise<number> {
    // Emptied as they are gathered: only what stays of each (a few short fields) is held until written.
    const emptied: ArchiveRecordDoc[] = [];
    for await (const record of this.records(tenantId, { to: before })) {
      if (!keep(record)) emptied.push(purgedRecord(record, now));
    }
    for (const record of emptied) await this.container.items.upsert(record);
    return emptied.length;
  }

  private async *iterate(
    tenantId: string,
    query: string,
    parameters: SqlParameter[],
  ): AsyncGenerator<ArchiveRecordDoc> {
    const pages = this.container.items
      .query<ArchiveRecordDoc>({ query, parameters }, { partitionKey: tenantId, maxItemCount: PAGE_SIZE })
      .getAsyncIterator();
    for await (const page of pages) {
      for (const record of page.resources) yield withoutSystemProperties(record);
    }
  }

  private async readHead(tenantId: string): Promise<{ head: ChainHeadDoc; etag?: string }> {
    try {
      const { resource, etag } = await this.container.item(HEAD_ID, tenantId).read<ChainHeadDoc>();
      if (resource) return { head: resource, etag };
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
    return { head: { id: HEAD_ID, tenantId, lastSeq: 0, lastHash: GENESIS_HASH } };
  }

  /** The head lags when an appender stopped between its record and the head: follow the numbers on. */
  private async catchUp(
    tenantId: string,
    last: { seq: number; hash: string },
  ): Promise<{ seq: number; hash: string }> {
    for (;;) {
      const next = await this.readRecord(tenantId, last.seq + 1);
      if (!next) return last;
      last = { seq: next.seq, hash: next.hash };
    }
  }

  private async readRecord(tenantId: string, seq: number): Promise<ArchiveRecordDoc | undefined> {
    try {
      const { resource } = await this.container.item(archiveRecordId(seq), tenantId).read<ArchiveRecordDoc>();
      return resource ? withoutSystemProperties(resource) : undefined;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  /** Moves the head on unless someone else moved it since it was read: it only ever moves forward. */
  private async advanceHead(
    tenantId: string,
    record: ArchiveRecordDoc,
    etag: string | undefined,
  ): Promise<void> {
    const head: ChainHeadDoc = { id: HEAD_ID, tenantId, lastSeq: record.seq, lastHash: record.hash };
    try {
      if (etag) {
        await this.container
          .item(HEAD_ID, tenantId)
          .replace(head, { accessCondition: { type: 'IfMatch', condition: etag } });
      } else {
        await this.container.items.create(head);
      }
    } catch (error) {
      // Someone else moved it further already; the next appender catches up from there.
      if (!isStatus(error, 412) && !isStatus(error, 409)) throw error;
    }
  }
}
