import { Readable } from 'node:stream';

/**
 * Where the daily exports of the archive go to be kept unchangeable: an Azure Blob Storage container with a
 * time-based immutability policy in production, a folder on a local run. A file, once written, is never
 * written again: `write` of an existing name leaves it as it is and says so.
 */
export interface ArchiveStore {
  /** False when a file of this name was already there (an earlier run wrote it). */
  write(name: string, chunks: AsyncIterable<string>): Promise<boolean>;
}

/** One tenant's records of one UTC day: `{tenantId}/{YYYY-MM-DD}.jsonl`. */
export function dailyExportName(tenantId: string, day: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(tenantId) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new Error(`Not an archive export name: ${tenantId}/${day}`);
  }
  return `${tenantId}/${day}.jsonl`;
}

export function asBytes(chunks: AsyncIterable<string>): Readable {
  return Readable.from(chunks, { objectMode: false });
}
