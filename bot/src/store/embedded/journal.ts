import { open, readdir, readFile, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { syncDirectory } from './sync-directory';

/** One document change: the document as it now is, or the key ([partition key value, id]) of one deleted. */
export type JournalOp =
  { c: string; set: Record<string, unknown> } | { c: string; del: [partitionKey: unknown, id: string] };

const FILE = /^journal-(\d+)\.log$/;
const fileName = (generation: number) => `journal-${String(generation).padStart(8, '0')}.log`;

/**
 * A frame is one line: the CRC-32 of its JSON (8 hex digits), a space, the JSON array of its changes. JSON
 * escapes newlines, so a line is a frame; a frame cut short by a crash, or damaged, fails its checksum.
 */
function encodeFrame(ops: readonly JournalOp[]): Buffer {
  const body = JSON.stringify(ops);
  return Buffer.from(`${crc32(body).toString(16).padStart(8, '0')} ${body}\n`);
}

function decodeFrame(line: string): JournalOp[] | undefined {
  const body = line.slice(9);
  if (line[8] !== ' ' || Number.parseInt(line.slice(0, 8), 16) !== crc32(body)) return undefined;
  try {
    return JSON.parse(body) as JournalOp[];
  } catch {
    return undefined;
  }
}

export interface JournalFile {
  generation: number;
  file: string;
}

/** The journal files in a folder, oldest first. */
export async function journalFiles(dir: string): Promise<JournalFile[]> {
  const names = await readdir(dir);
  return names
    .flatMap((name) => {
      const match = FILE.exec(name);
      return match ? [{ generation: Number(match[1]), file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => a.generation - b.generation);
}

export interface JournalContents {
  frames: JournalOp[][];
  /** Bytes after the last intact frame: a frame the process was writing when it stopped. */
  tornBytes: number;
}

/** The intact frames of a journal file, up to the first that is not (nothing after it was ever answered). */
export async function readJournal(file: string): Promise<JournalContents> {
  const text = await readFile(file, 'utf8');
  const frames: JournalOp[][] = [];
  let offset = 0;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const frame = end < 0 ? undefined : decodeFrame(text.slice(offset, end));
    if (!frame) break;
    frames.push(frame);
    offset = end + 1;
  }
  return { frames, tornBytes: Buffer.byteLength(text.slice(offset)) };
}

export async function removeJournals(dir: string, upToGeneration: number): Promise<void> {
  for (const { generation, file } of await journalFiles(dir)) {
    if (generation <= upToGeneration) await unlink(file);
  }
}

interface Waiter {
  upTo: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The append-only journal of document changes, one file per generation. Changes are appended in memory and
 * written as one frame, then synced (fdatasync), by whoever waits first; changes appended meanwhile share the
 * next sync (group commit), so a burst of concurrent writes costs a sync or two, not one each.
 */
export class Journal {
  private pending: JournalOp[] = [];
  private appended = 0;
  private synced = 0;
  private readonly waiters: Waiter[] = [];
  private flushing = false;
  private writing: Promise<void> | undefined;
  private file: FileHandle | undefined;
  private fileGeneration = 0;
  /** Bytes in the current generation's file. */
  size = 0;

  constructor(
    private readonly dir: string,
    private generation: number,
    private readonly onWriteFailed: (error: unknown) => void,
  ) {}

  append(op: JournalOp): void {
    this.pending.push(op);
    this.appended += 1;
  }

  /** Undefined when everything appended is synced; else resolves once it is, rejects if it could not be written. */
  durable(): Promise<void> | undefined {
    if (this.synced === this.appended) return undefined;
    const upTo = this.appended;
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ upTo, resolve, reject }));
    if (!this.flushing) this.flush().catch(() => undefined);
    return done;
  }

  /** Ends the current generation: later frames go to the next file. Resolves with the generation ended. */
  async rotate(): Promise<number> {
    const ended = this.generation;
    this.generation += 1;
    this.size = 0;
    await this.writing?.catch(() => undefined);
    return ended;
  }

  async close(): Promise<void> {
    await this.durable();
    await this.file?.close();
    this.file = undefined;
  }

  private async flush(): Promise<void> {
    // Cleared as the loop ends, before any waiter it resolved runs: a change appended then starts a flush.
    this.flushing = true;
    try {
      while (this.pending.length > 0) await this.writePending();
    } finally {
      this.flushing = false;
    }
  }

  private async writePending(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const upTo = this.synced + ops.length;
    try {
      this.writing = this.write(encodeFrame(ops));
      await this.writing;
    } catch (error) {
      // A file whose write failed may end in part of a frame: it is ended, and the changes go to the next.
      this.generation += 1;
      await this.file?.close().catch(() => undefined);
      this.file = undefined;
      this.pending = ops.concat(this.pending);
      this.onWriteFailed(error);
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
      throw error;
    }
    this.synced = upTo;
    const settled = this.waiters.filter((waiter) => waiter.upTo <= upTo);
    this.waiters.splice(0, settled.length);
    for (const waiter of settled) waiter.resolve();
  }

  private async write(frame: Buffer): Promise<void> {
    if (this.file && this.fileGeneration !== this.generation) {
      await this.file.close();
      this.file = undefined;
    }
    if (!this.file) {
      this.file = await open(path.join(this.dir, fileName(this.generation)), 'a');
      this.fileGeneration = this.generation;
      this.size = (await this.file.stat()).size;
      // The new file's name must survive a crash as much as what is written in it.
      await syncDirectory(this.dir);
    }
    await this.file.appendFile(frame);
    await this.file.datasync();
    this.size += frame.length;
  }
}
