/**
 * Sets of people as bitmaps (bit n = the person of index n in the tenant's people index), base64 in documents.
 * A bitmap's size depends on the number of people only, so distinct counts over any period cost the same
 * whatever the number of events: OR the days' bitmaps, count the bits.
 */

function bytesOf(bitmap: string | undefined): Buffer {
  return bitmap ? Buffer.from(bitmap, 'base64') : Buffer.alloc(0);
}

export function withBits(bitmap: string | undefined, indices: Iterable<number>): string {
  let bytes = bytesOf(bitmap);
  for (const index of indices) {
    const byte = index >> 3;
    if (byte >= bytes.length) bytes = Buffer.concat([bytes, Buffer.alloc(byte + 1 - bytes.length)]);
    bytes[byte] = (bytes[byte] ?? 0) | (1 << (index & 7));
  }
  return bytes.toString('base64');
}

/** The union of bitmaps. */
export function unionOf(bitmaps: Iterable<string | undefined>): Buffer {
  let union = Buffer.alloc(0);
  for (const bitmap of bitmaps) {
    const bytes = bytesOf(bitmap);
    if (bytes.length > union.length)
      union = Buffer.concat([union, Buffer.alloc(bytes.length - union.length)]);
    for (let byte = 0; byte < bytes.length; byte++) union[byte] = (union[byte] ?? 0) | (bytes[byte] ?? 0);
  }
  return union;
}

/** The indices of the set bits. */
export function bitsOf(bytes: Buffer): number[] {
  const indices: number[] = [];
  for (let byte = 0; byte < bytes.length; byte++) {
    const value = bytes[byte] ?? 0;
    if (value === 0) continue;
    for (let bit = 0; bit < 8; bit++) if (value & (1 << bit)) indices.push(byte * 8 + bit);
  }
  return indices;
}

export function bitCount(bytes: Buffer): number {
  let count = 0;
  for (const value of bytes) {
    for (let rest = value; rest; rest &= rest - 1) count++;
  }
  return count;
}
