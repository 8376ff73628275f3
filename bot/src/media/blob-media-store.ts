import { Readable } from 'node:stream';
import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, RestError } from '@azure/storage-blob';
import type { ContainerClient } from '@azure/storage-blob';
import type { MediaType } from '@contract/media';
import { mediaTypeOf } from './media-store';
import type { MediaStore, StoredMedia } from './media-store';

const CONTAINER = 'media';
const UPLOAD_BLOCK_BYTES = 4 * 1024 * 1024;
const UPLOAD_CONCURRENCY = 2;

/** Production: media in the storage account's private `media` container, reached with the managed identity. */
export class BlobMediaStore implements MediaStore {
  private readonly container: ContainerClient;

  constructor(accountUrl: string) {
    this.container = new BlobServiceClient(accountUrl, new DefaultAzureCredential()).getContainerClient(
      CONTAINER,
    );
  }

  async save(id: string, contentType: MediaType, content: AsyncIterable<Uint8Array>): Promise<void> {
    // Staged in blocks and committed at the end: a stream that fails half-way leaves no blob behind.
    await this.container
      .getBlockBlobClient(id)
      .uploadStream(Readable.from(content), UPLOAD_BLOCK_BYTES, UPLOAD_CONCURRENCY, {
        blobHTTPHeaders: {
          blobContentType: contentType,
          blobCacheControl: 'public, max-age=31536000, immutable',
        },
        conditions: { ifNoneMatch: '*' },
      });
  }

  async open(id: string): Promise<StoredMedia | undefined> {
    const contentType = mediaTypeOf(id);
    if (!contentType) return undefined;
    try {
      const download = await this.container.getBlobClient(id).download();
      if (!download.readableStreamBody) return undefined;
      return {
        contentType,
        size: download.contentLength ?? 0,
        body: Readable.from(download.readableStreamBody),
      };
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async exists(id: string): Promise<boolean> {
    return mediaTypeOf(id) !== undefined && (await this.container.getBlobClient(id).exists());
  }
}
