import type { Network } from '@contract/network';
import type { TenantDocument } from '../documents';

/** Every kind of communication the programme produces on the company's behalf. */
export type ArchiveRecordType = 'share' | 'approval' | 'proposal' | 'message';

/** What happened, as the archive keeps it: the caller says this, the chain adds the rest. */
export interface ArchiveEntry {
  type: ArchiveRecordType;
  at: string;
  /** Who communicated: the ambassador who shared or proposed, the reviewer who approved, the recipient. */
  personId: string;
  personName: string;
  network?: Network;
  /** The exact words, as they were confirmed, approved or sent. */
  text: string;
  itemId?: string;
  /** Whatever else a regulator needs to see for this kind (link, destination, media hashes, versions, card). */
  details: Record<string, unknown>;
}

/**
 * One immutable archive record, linked to the one before it in its tenant: `hash` covers every field but
 * itself, and `previousHash` is the hash of record `seq - 1` (zeroes for the first), so that an altered,
 * removed or inserted record breaks the chain where it stands.
 */
export interface ArchiveRecordDoc extends TenantDocument, ArchiveEntry {
  seq: number;
  previousHash: string;
  hash: string;
  /**
   * Set when the retention purge emptied the record: its content is gone, its place in the chain stays (number,
   * time, kind and both hashes), so the records after it still verify.
   */
  purgedAt?: string;
}

/** The chain's first `previousHash`. */
export const GENESIS_HASH = '0'.repeat(64);

/** Records are numbered from 1; the id is the number, padded so that ids sort as numbers do. */
export function archiveRecordId(seq: number): string {
  return `archive-${String(seq).padStart(12, '0')}`;
}
