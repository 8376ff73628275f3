import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenCipher, loadTokenCipher } from './token-cipher';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

describe('TokenCipher', () => {
  const cipher = new TokenCipher(Buffer.alloc(32, 1));

  it('opens what it sealed, and seals the same token differently each time', () => {
    const first = cipher.seal('AQX-member-token');
    const second = cipher.seal('AQX-member-token');
    expect(first.data).not.toContain('AQX');
    expect(first.iv).not.toBe(second.iv);
    expect(cipher.open(first)).toBe('AQX-member-token');
  });

  it('refuses a sealed token that was altered, or sealed with another key', () => {
    const sealed = cipher.seal('AQX-member-token');
    const altered = Buffer.from(sealed.data, 'base64');
    altered[0] = altered[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, data: altered.toString('base64') })).toThrow();
    expect(() => new TokenCipher(Buffer.alloc(32, 2)).open(sealed)).toThrow();
  });

  it('locally, makes its key file once and reads it back on the next start', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'token-key-'));
    folders.push(folder);
    const keyFile = path.join(folder, 'data', 'linkedin-token.key');
    const sealed = (await loadTokenCipher({ kind: 'file', path: keyFile })).seal('token');
    expect(Buffer.from(await readFile(keyFile, 'utf8'), 'base64')).toHaveLength(32);
    expect((await loadTokenCipher({ kind: 'file', path: keyFile })).open(sealed)).toBe('token');
  });
});
