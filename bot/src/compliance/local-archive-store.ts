import { createWriteStream } from 'node:fs';
import { chmod, link, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ArchiveStore } from './archive-store';
import { asBytes } from './archive-store';

/** Local runs: files under `DATA_DIR/archive`, written whole then made read-only; never replaced. */
export class LocalArchiveStore implements ArchiveStore {
  constructor(private readonly directory: string) {}

  async write(name: string, chunks: AsyncIterable<string>): Promise<boolean> {
    const file = path.join(this.directory, name);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    try {
      await pipeline(asBytes(chunks), createWriteStream(partial, { flags: 'w', mode: 0o444 }));
      // A hard link appears whole or not at all, and refuses to replace a file already there.
      await link(partial, file);
      await chmod(file, 0o444);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await rm(partial, { force: true });
    }
  }
}
