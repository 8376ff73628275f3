import { SignJWT, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JWK } from 'jose';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AppRole } from '@contract/roles';
import { createTokenValidator, remoteKeys, REQUIRED_SCOPE } from './token-validator';
import type { TokenValidator } from './token-validator';

export const DEV_AUDIENCE = 'api://localhost/ambassade';
/** An identifier, not an address: it stays the same whichever port the service listens on. */
const DEV_ISSUER_BASE = 'urn:ambassade:dev-issuer';
const KEY_FILE = 'dev-issuer-key.json';
const TOKEN_LIFETIME_SECONDS = 3600;

export interface DevTokenRequest {
  tenantId: string;
  objectId: string;
  name: string;
  username: string;
  roles: AppRole[];
}

/** Claims a test may bend to prove that validation refuses them. */
export type DevTokenOverrides = Partial<{
  aud: string;
  iss: string;
  tid: string;
  scp: string;
  exp: number;
  nbf: number;
}>;

/**
 * A local stand-in for Entra ID: it signs access tokens shaped like Entra's v2 tokens with a key pair kept in
 * the data folder (so a restart keeps people signed in) and publishes the public key as a JWKS. The API
 * validates these tokens with the very same code as Entra's. It exists only when Entra ID is not configured.
 */
export class DevIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly keyId: string,
  ) {}

  static async load(dataDir: string): Promise<DevIssuer> {
    const file = path.join(dataDir, KEY_FILE);
    let keyPair: { kid: string; privateJwk: JWK; publicJwk: JWK };
    try {
      keyPair = JSON.parse(await readFile(file, 'utf8')) as typeof keyPair;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const generated = await generateKeyPair('RS256', { extractable: true });
      const kid = randomUUID();
      keyPair = {
        kid,
        privateJwk: { ...(await exportJWK(generated.privateKey)), kid, alg: 'RS256' },
        publicJwk: { ...(await exportJWK(generated.publicKey)), kid, alg: 'RS256', use: 'sig' },
      };
      await mkdir(dataDir, { recursive: true });
      await writeFile(file, JSON.stringify(keyPair), { mode: 0o600 });
    }
    const privateKey = (await importJWK(keyPair.privateJwk, 'RS256')) as CryptoKey;
    return new DevIssuer(privateKey, keyPair.publicJwk, keyPair.kid);
  }

  issuerFor(tenantId: string): string {
    return `${DEV_ISSUER_BASE}/${tenantId}/v2.0`;
  }

  /** Validates this issuer's tokens with the same code as Entra ID's, fetching its keys from `jwksUrl`. */
  validator(jwksUrl: string, allowedTenants: string[]): TokenValidator {
    return createTokenValidator({
      keys: remoteKeys(jwksUrl),
      issuerFor: (tenantId) => this.issuerFor(tenantId),
      audiences: [DEV_AUDIENCE],
      allowedTenants,
    });
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  async issue(
    request: DevTokenRequest,
    overrides: DevTokenOverrides = {},
  ): Promise<{ token: string; expiresIn: number }> {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: DEV_AUDIENCE,
      iss: this.issuerFor(request.tenantId),
      tid: request.tenantId,
      oid: request.objectId,
      name: request.name,
      preferred_username: request.username,
      roles: request.roles,
      scp: REQUIRED_SCOPE,
      ver: '2.0',
      iat: now,
      nbf: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      ...overrides,
    };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.keyId })
      .sign(this.privateKey);
    return { token, expiresIn: TOKEN_LIFETIME_SECONDS };
  }
}
