import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaType } from '@contract/media';
import { mediaTypeOf } from './media-store';
import type { MediaStore, StoredMedia } from './media-store';

/** Local runs keep media as files in one folder; ids are checked, so no path ever leaves it. */
export class LocalMediaStore implements MediaStore {
  constructor(private readonly directory: string) {}

  async save(id: string, _contentType: MediaType, bytes: Uint8Array): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    await writeFile(this.fileOf(id), bytes, { flag: 'wx' });
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
