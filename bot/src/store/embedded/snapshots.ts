import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/*
 * One snapshot file per container, written whole to a temporary file, synced, then renamed over the last:
 * a crash leaves the previous snapshot or the next one, never half of one.
 */

type Document = Record<string, unknown>;

const fileOf = (dir: string, container: string) => path.join(dir, `${container}.snapshot.json`);
const TEMPORARY = '.tmp';

interface SnapshotFile {
  format: 2;
  container: string;
  savedAt: string;
  documents: Document[];
}

export async function writeSnapshot(dir: string, container: string, documents: Document[]): Promise<void> {
  const file = fileOf(dir, container);
  const snapshot: SnapshotFile = { format: 2, container, savedAt: new Date().toISOString(), documents };
  const handle = await open(`${file}${TEMPORARY}`, 'w');
  try {
    await handle.writeFile(JSON.stringify(snapshot));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(`${file}${TEMPORARY}`, file);
}

export type FileRead<T> =
  { kind: 'missing' } | { kind: 'read'; value: T } | { kind: 'damaged'; movedTo: string };

/** A JSON file that cannot be read is moved aside, so that the next start does not trip on it again. */
async function readJsonFile<T>(
  file: string,
  accept: (value: unknown) => T | undefined,
): Promise<FileRead<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let value: T | undefined;
  try {
    value = accept(JSON.parse(text));
  } catch {
    // Not JSON: damaged, as below.
  }
  if (value) return { kind: 'read', value };
  const movedTo = `${file}.damaged-${Date.now()}`;
  await rename(file, movedTo);
  return { kind: 'damaged', movedTo };
}

export function readSnapshot(dir: string, container: string): Promise<FileRead<Document[]>> {
  return readJsonFile(fileOf(dir, container), (value) => {
    const snapshot = value as SnapshotFile;
    return snapshot.format === 2 && snapshot.container === container && Array.isArray(snapshot.documents)
      ? snapshot.documents
      : undefined;
  });
}

/** What a crash during a save left: temporary files, never renamed, so never read. */
export async function removeTemporaryFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.endsWith(TEMPORARY)) await unlink(path.join(dir, name));
  }
}

/** The whole-store snapshot (format 1) earlier versions wrote, to migrate once. */
export const LEGACY_SNAPSHOT = 'cosmos-snapshot.json';

export function readLegacySnapshot(dataDir: string): Promise<FileRead<Record<string, Document[]>>> {
  return readJsonFile(path.join(dataDir, LEGACY_SNAPSHOT), (value) => {
    const snapshot = value as { format?: number; containers?: Record<string, Document[]> };
    return snapshot.format === 1 ? snapshot.containers : undefined;
  });
}
