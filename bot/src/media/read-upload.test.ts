import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readUpload, UploadTooLarge } from './read-upload';

const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));

async function all(content: AsyncIterable<Buffer>): Promise<string> {
  let text = '';
  for await (const chunk of content) text += chunk.toString();
  return text;
}

describe('readUpload', () => {
  it('gives the first bytes across chunks, then the whole content, and its size', async () => {
    const upload = await readUpload(chunks('ab', 'cd', 'efgh', 'ij'), 5);
    expect(upload.head.toString()).toBe('abcde');
    expect(await all(upload.content(100))).toBe('abcdefghij');
    expect(upload.size).toBe(10);
  });

  it('gives a file shorter than the head as it is', async () => {
    const upload = await readUpload(chunks('abc'), 64);
    expect(upload.head.toString()).toBe('abc');
    expect(await all(upload.content(3))).toBe('abc');
  });

  it('fails as soon as the content passes the limit, before reading the rest', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield Buffer.alloc(1024);
        }
      })(),
    );
    const upload = await readUpload(source, 64);
    await expect(all(upload.content(10 * 1024))).rejects.toBeInstanceOf(UploadTooLarge);
    expect(pulled).toBeLessThan(40);
  });
});
