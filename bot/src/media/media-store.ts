import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { MEDIA_ID_PATTERN, mediaTypes } from '@contract/media';
import type { MediaType } from '@contract/media';

export interface StoredMedia {
  contentType: MediaType;
  size: number;
  body: Readable;
}

/**
 * Where uploaded photos and videos live: a folder under DATA_DIR on a local run, Azure Blob Storage in
 * production (see `createMediaStore`). Ids are random and carry the type's extension, so a stored medium
 * is always served with the type it was checked to be.
 */
export interface MediaStore {
  /** Stores the content as it arrives; should it fail half-way, nothing is left under the id. */
  save(id: string, contentType: MediaType, content: AsyncIterable<Uint8Array>): Promise<void>;
  open(id: string): Promise<StoredMedia | undefined>;
  exists(id: string): Promise<boolean>;
}

export function newMediaId(type: MediaType): string {
  return `${randomUUID()}.${mediaTypes[type].extension}`;
}

/** The type a media id stands for; undefined for anything that is not one of our ids. */
export function mediaTypeOf(id: string): MediaType | undefined {
  const extension = MEDIA_ID_PATTERN.exec(id)?.[1];
  return (Object.keys(mediaTypes) as MediaType[]).find((type) => mediaTypes[type].extension === extension);
}
