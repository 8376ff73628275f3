import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, RestError } from '@azure/storage-blob';
import type { ContainerClient } from '@azure/storage-blob';
import type { ArchiveStore } from './archive-store';
import { asBytes } from './archive-store';

const CONTAINER = 'archive';
const UPLOAD_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * Production: the storage account's `archive` container, whose immutability policy (infra/modules/storage.bicep)
 * keeps every blob unchangeable for its period. Uploads never overwrite: the blob is created or left alone.
 */
export class BlobArchiveStore implements ArchiveStore {
  private readonly container: ContainerClient;

  constructor(accountUrl: string) {
    this.container = new BlobServiceClient(accountUrl, new DefaultAzureCredential()).getContainerClient(
      CONTAINER,
    );
  }

  async write(name: string, chunks: AsyncIterable<string>): Promise<boolean> {
    try {
      await this.container.getBlockBlobClient(name).uploadStream(asBytes(chunks), UPLOAD_BUFFER_BYTES, 2, {
        blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' },
        conditions: { ifNoneMatch: '*' },
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412)) return false;
      throw error;
    }
  }
}
