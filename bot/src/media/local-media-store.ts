import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import type { MediaType } from '@contract/media';
import { mediaTypeOf } from './media-store';
import type { MediaStore, StoredMedia } from './media-store';

/** Local runs keep media as files in one folder; ids are checked, so no path ever leaves it. */
export class LocalMediaStore implements MediaStore {
  constructor(private readonly directory: string) {}

  async save(id: string, _contentType: MediaType, content: AsyncIterable<Uint8Array>): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    // Written beside its final name, then renamed: a file under the id is always whole.
    const part = `${this.fileOf(id)}.part`;
    try {
      await pipeline(Readable.from(content), createWriteStream(part, { flags: 'wx' }));
      await rename(part, this.fileOf(id));
    } catch (error) {
      await rm(part, { force: true });
      throw error;
    }
  }

  async open(id: string): Promise<StoredMedia | undefined> {
    const contentType = mediaTypeOf(id);
    if (!contentType) return undefined;
    const size = await this.sizeOf(id);
    return size === undefined ? undefined : { contentType, size, body: createReadStream(this.fileOf(id)) };
  }

  async exists(id: string): Promise<boolean> {
    return mediaTypeOf(id) !== undefined && (await this.sizeOf(id)) !== undefined;
  }

  private fileOf(id: string): string {
    if (!mediaTypeOf(id)) throw new Error(`Not a media id: ${id}`);
    return path.join(this.directory, id);
  }

  private async sizeOf(id: string): Promise<number | undefined> {
    try {
      return (await stat(this.fileOf(id))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
