import { createHash } from 'node:crypto';
import type { ArchiveEntry, ArchiveRecordDoc } from './archive-record';
import { archiveRecordId, GENESIS_HASH } from './archive-record';

/**
 * JSON with object keys sorted at every depth, so that the same content always hashes the same whatever
 * order the store hands its fields back in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash a record must carry: SHA-256 over everything in it but the hash itself. */
export function recordHash(record: Omit<ArchiveRecordDoc, 'hash'>): string {
  const { id, tenantId, seq, previousHash, type, at, personId, personName, network, text, itemId, details } =
    record;
  const content = {
    id,
    tenantId,
    seq,
    previousHash,
    type,
    at,
    personId,
    personName,
    network,
    text,
    itemId,
    details,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** What remains of a record the retention purge emptied: its place in the chain, nothing it said. */
export function purgedRecord(record: ArchiveRecordDoc, now: Date): ArchiveRecordDoc {
  const { id, tenantId, seq, type, at, previousHash, hash } = record;
  return {
    id,
    tenantId,
    seq,
    type,
    at,
    previousHash,
    hash,
    personId: '',
    personName: '',
    text: '',
    details: {},
    purgedAt: now.toISOString(),
  };
}

/** The record that follows `previous` (or starts the chain) for this entry. */
export function chainRecord(
  tenantId: string,
  entry: ArchiveEntry,
  previous: Pick<ArchiveRecordDoc, 'seq' | 'hash'> | undefined,
): ArchiveRecordDoc {
  const seq = (previous?.seq ?? 0) + 1;
  const unhashed = {
    ...entry,
    id: archiveRecordId(seq),
    tenantId,
    seq,
    previousHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: recordHash(unhashed) };
}

export type ChainBreak =
  | { kind: 'altered'; recordId: string; seq: number }
  | { kind: 'unlinked'; recordId: string; seq: number }
  | { kind: 'missing'; seq: number };

/** Walks a chain in order; `check` takes records one at a time, so a chain of any length fits in memory. */
export class ChainVerifier {
  private previous: Pick<ArchiveRecordDoc, 'seq' | 'hash'> | undefined;
  private broken: ChainBreak | undefined;
  private checked = 0;

  /** False once the chain is broken: the first break is the one to report. */
  check(record: ArchiveRecordDoc): boolean {
    if (this.broken) return false;
    const expectedSeq = (this.previous?.seq ?? 0) + 1;
    if (record.seq !== expectedSeq) this.broken = { kind: 'missing', seq: expectedSeq };
    // A purged record's content is gone by design: only its links can be checked.
    else if (!record.purgedAt && recordHash(record) !== record.hash)
      this.broken = { kind: 'altered', recordId: record.id, seq: record.seq };
    else if (record.previousHash !== (this.previous?.hash ?? GENESIS_HASH))
      this.broken = { kind: 'unlinked', recordId: record.id, seq: record.seq };
    if (this.broken) return false;
    this.previous = record;
    this.checked += 1;
    return true;
  }

  result(): { intact: boolean; records: number; lastHash: string; firstBreak?: ChainBreak } {
    return {
      intact: !this.broken,
      records: this.checked,
      lastHash: this.previous?.hash ?? GENESIS_HASH,
      ...(this.broken ? { firstBreak: this.broken } : {}),
    };
  }
}
