import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { createTokenValidator, InvalidTokenError, REQUIRED_SCOPE } from './token-validator';

const TENANT = '8f3c6a52-1d4e-4b7a-9c21-5e0d7f9a3b64';
const ISSUER = `https://issuer.test/${TENANT}/v2.0`;

async function setUp() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const keySet = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
  let lookups = 0;
  const keys: JWTVerifyGetKey = (header, token) => {
    lookups++;
    return keySet(header, token);
  };
  const clock = { now: Date.now() };
  const validate = createTokenValidator(
    { keys, issuerFor: () => ISSUER, audiences: ['api://ambassade'], allowedTenants: [TENANT] },
    () => clock.now,
  );
  const sign = (lifetimeSeconds: number) =>
    new SignJWT({ tid: TENANT, oid: 'person-1', scp: REQUIRED_SCOPE, roles: ['Ambassador'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience('api://ambassade')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + lifetimeSeconds)
      .sign(privateKey);
  return { lookups: () => lookups, clock, validate, sign };
}

describe('createTokenValidator', () => {
  it('checks a token once, then answers its principal without checking the signature again', async () => {
    const { lookups, validate, sign } = await setUp();
    const token = await sign(3_600);
    const first = await validate(token);
    const again = await validate(token);
    expect(again).toEqual(first);
    expect(first.objectId).toBe('person-1');
    expect(lookups()).toBe(1);
  });

  it('checks a kept token again once it expires, and after five minutes at most', async () => {
    const { lookups, clock, validate, sign } = await setUp();
    const shortLived = await sign(30);
    await validate(shortLived);
    clock.now += 31_000;
    await validate(shortLived).catch(() => undefined);
    expect(lookups()).toBe(2);

    const longLived = await sign(3_600);
    await validate(longLived);
    clock.now += 5 * 60_000 - 1;
    await validate(longLived);
    expect(lookups()).toBe(3);
    clock.now += 1;
    await validate(longLived);
    expect(lookups()).toBe(4);
  });

  it('keeps refusing a refused token: a failure is never kept as a pass', async () => {
    const { validate, sign } = await setUp();
    const [head, , signature] = (await sign(3_600)).split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ tid: TENANT, oid: 'someone-else' })).toString('base64url')}.${signature}`;
    await expect(validate(forged)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(validate(forged)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('shares a frozen principal, so no request can change what the next one sees', async () => {
    const { validate, sign } = await setUp();
    const principal = await validate(await sign(3_600));
    expect(Object.isFrozen(principal) && Object.isFrozen(principal.roles)).toBe(true);
  });
});
