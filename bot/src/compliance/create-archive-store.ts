import type { StorageMode } from '../config';
import type { ArchiveStore } from './archive-store';
import { BlobArchiveStore } from './blob-archive-store';
import { LocalArchiveStore } from './local-archive-store';

/** The one place that chooses where the archive's exports are kept. */
export function createArchiveStore(mode: StorageMode): ArchiveStore {
  return mode.kind === 'blob' ? new BlobArchiveStore(mode.url) : new LocalArchiveStore(mode.directory);
}
