import type { Container, SqlParameter } from '@azure/cosmos';
import type { ArchiveEntry, ArchiveRecordDoc } from '../domain/archive/archive-record';
import { archiveRecordId, GENESIS_HASH } from '../domain/archive/archive-record';
import { chainRecord } from '../domain/archive/hash-chain';
import { withoutSystemProperties } from './system-properties';
import { isStatus } from './tenant-repository';

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
}

/**
 * The compliance archive, append-only: records are created and read, never replaced or deleted here (only
 * the retention purge may remove what is past its time). Each tenant's records form one hash chain, numbered
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
        // Another instance took this number first: read the chain's end again.
        if (isStatus(error, 409)) continue;
        throw error;
      }
      await this.advanceHead(tenantId, record, etag);
      return record;
    }
    throw new Error('the archive chain is too contended to append to');
  }

  /** The number and hash of the chain's last record, as the head says. */
  async head(tenantId: string): Promise<{ seq: number; hash: string }> {
    const { head } = await this.readHead(tenantId);
    return this.catchUp(tenantId, { seq: head.lastSeq, hash: head.lastHash });
  }

  /** Every record in chain order, a page at a time: constant memory whatever the chain's length. */
  records(tenantId: string, range: ArchiveRange = {}): AsyncGenerator<ArchiveRecordDoc> {
    const conditions = ['c.tenantId = @tenantId', 'IS_DEFINED(c.seq)'];
    const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
    if (range.from) {
      conditions.push('c.at >= @from');
      parameters.push({ name: '@from', value: range.from });
    }
    if (range.to) {
      conditions.push('c.at < @to');
      parameters.push({ name: '@to', value: range.to });
    }
    return this.iterate(
      tenantId,
      `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.seq`,
      parameters,
    );
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
