import type { StorageMode } from '../config';
import { BlobMediaStore } from './blob-media-store';
import { LocalMediaStore } from './local-media-store';
import type { MediaStore } from './media-store';

/** The one place that chooses where media live. */
export function createMediaStore(mode: StorageMode): MediaStore {
  return mode.kind === 'blob' ? new BlobMediaStore(mode.url) : new LocalMediaStore(mode.directory);
}
