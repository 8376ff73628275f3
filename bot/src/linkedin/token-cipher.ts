import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LinkedInSettings } from '../config';
import type { SealedSecret } from '../domain/documents';

const KEY_BYTES = 32;
const IV_BYTES = 12;

/**
 * Seals tokens at rest with AES-256-GCM: a fresh IV for each, the authentication tag kept beside it, so a token
 * read back is the one sealed, or nothing. The store alone never holds enough to post in anyone's name.
 */
export class TokenCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error('the token key must be 32 bytes');
  }

  seal(plain: string): SealedSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  }

  /** Throws when the secret was sealed with another key or altered since. */
  open(sealed: SealedSecret): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }
}

/** The key from its setting (Key Vault in Azure), or locally from a file in DATA_DIR, made on first use. */
export async function loadTokenCipher(tokenKey: LinkedInSettings['tokenKey']): Promise<TokenCipher> {
  if (tokenKey.kind === 'setting') return new TokenCipher(tokenKey.key);
  try {
    return new TokenCipher(Buffer.from(await readFile(tokenKey.path, 'utf8'), 'base64'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(KEY_BYTES);
  await mkdir(path.dirname(tokenKey.path), { recursive: true });
  // `wx`: of two processes starting on the same folder, the second reads the first one's key.
  try {
    await writeFile(tokenKey.path, key.toString('base64'), { flag: 'wx', mode: 0o600 });
    return new TokenCipher(key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return new TokenCipher(Buffer.from(await readFile(tokenKey.path, 'utf8'), 'base64'));
  }
}
