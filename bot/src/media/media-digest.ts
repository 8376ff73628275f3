import { createHash } from 'node:crypto';
import type { MediaStore } from './media-store';

/** Media ids are never reused for other bytes, so a digest once computed stays true: keep the recent ones. */
const REMEMBERED_DIGESTS = 1000;

/**
 * The SHA-256 of stored media, as the archive records it beside each share: it proves which picture or video
 * went out with the text, even if the file is later replaced or deleted. Unknown ids have no digest.
 */
export class MediaDigests {
  private readonly known = new Map<string, string>();

  constructor(private readonly media: MediaStore) {}

  async of(ids: readonly string[]): Promise<string[]> {
    const digests: string[] = [];
    for (const id of ids) {
      const digest = await this.digest(id);
      if (digest) digests.push(digest);
    }
    return digests;
  }

  private async digest(id: string): Promise<string | undefined> {
    const remembered = this.known.get(id);
    if (remembered) return remembered;
    const stored = await this.media.open(id);
    if (!stored) return undefined;
    const hash = createHash('sha256');
    for await (const chunk of stored.body) hash.update(chunk as Buffer);
    const digest = hash.digest('hex');
    const oldest = this.known.keys().next();
    if (this.known.size >= REMEMBERED_DIGESTS && !oldest.done) this.known.delete(oldest.value);
    this.known.set(id, digest);
    return digest;
  }
}
