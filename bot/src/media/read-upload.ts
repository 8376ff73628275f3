import type { Readable } from 'node:stream';

/** The upload went past its limit while being read: what was written of it is removed. */
export class UploadTooLarge extends Error {}

/**
 * An upload read as it arrives, never held whole: its first bytes first (to check its type before anything is
 * stored), then the whole content, counted, failing with `UploadTooLarge` as soon as it passes `limit`.
 */
export async function readUpload(
  source: Readable,
  headBytes: number,
): Promise<{ head: Buffer; content(limit: number): AsyncGenerator<Buffer>; readonly size: number }> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const start: Buffer[] = [];
  let started = 0;
  while (started < headBytes) {
    const next = await chunks.next();
    if (next.done) break;
    start.push(next.value);
    started += next.value.length;
  }
  const first = Buffer.concat(start);
  let total = first.length;
  return {
    head: first.subarray(0, headBytes),
    /** Bytes read so far: the whole upload's once `content` is done. */
    get size() {
      return total;
    },
    async *content(limit) {
      for (let chunk: Buffer | undefined = first; chunk;) {
        // Reading stops here; the connection stays up long enough to answer why.
        if (total > limit) throw new UploadTooLarge();
        if (chunk.length > 0) yield chunk;
        const next = await chunks.next();
        chunk = next.done ? undefined : next.value;
        total += chunk?.length ?? 0;
      }
    },
  };
}
