import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { appRoleSchema } from '@contract/roles';
import type { AppRole } from '@contract/roles';
import type { Principal } from './principal';

export const REQUIRED_SCOPE = 'access_as_user';
/** Entra ID and the dev issuer both sign with RS256; refusing anything else closes the algorithm-confusion door. */
const ALGORITHMS = ['RS256'];
const CLOCK_TOLERANCE_SECONDS = 60;
/**
 * A tab sends the same token with every request for up to an hour: its principal is kept once validated, so a
 * request costs no signature check, for at most this long (a key withdrawn from the key set stops being trusted
 * within it) and never past the token's own expiry.
 */
const VALIDATED_TOKEN_MAX_AGE_MS = 5 * 60_000;
const VALIDATED_TOKENS_KEPT = 5_000;

export interface TokenValidatorOptions {
  /** The key set: Entra ID's published JWKS in production, the dev issuer's in local runs. */
  keys: JWTVerifyGetKey;
  /** The issuer a token from tenant `tid` must carry. */
  issuerFor: (tenantId: string) => string;
  audiences: string[];
  allowedTenants: string[];
}

export class InvalidTokenError extends Error {}

export type TokenValidator = (token: string) => Promise<Principal>;

export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 12 * 60 * 60_000 });
}

/**
 * Validates an Entra ID v2 access token the way the API requires: signature against the issuer's keys,
 * audience, issuer for the token's own tenant, allowed tenant, lifetime, and the `access_as_user` scope.
 */
export function createTokenValidator(
  options: TokenValidatorOptions,
  now: () => number = Date.now,
): TokenValidator {
  const validate = validateToken(options);
  /** Insertion order is age order: the first entry is the oldest, and the first to go when full. */
  const validated = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const kept = validated.get(token);
    if (kept && kept.until > now()) return kept.principal;
    validated.delete(token);
    const { principal, expiresAt } = await validate(token);
    validated.set(token, { principal, until: Math.min(expiresAt, now() + VALIDATED_TOKEN_MAX_AGE_MS) });
    if (validated.size > VALIDATED_TOKENS_KEPT) validated.delete(validated.keys().next().value as string);
    return principal;
  };
}

function validateToken(options: TokenValidatorOptions) {
  const allowed = new Set(options.allowedTenants);
  return async (token: string): Promise<{ principal: Principal; expiresAt: number }> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        audience: options.audiences,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iss', 'tid', 'oid'],
      }));
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }

    const tenantId = String(payload['tid']);
    if (!allowed.has(tenantId)) throw new InvalidTokenError('tenant not allowed');
    if (payload.iss !== options.issuerFor(tenantId)) throw new InvalidTokenError('unexpected issuer');
    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) throw new InvalidTokenError(`missing scope ${REQUIRED_SCOPE}`);

    const principal: Principal = {
      tenantId,
      objectId: String(payload['oid']),
      name: typeof payload['name'] === 'string' ? payload['name'] : '',
      username: typeof payload['preferred_username'] === 'string' ? payload['preferred_username'] : '',
      roles: knownRoles(payload['roles']),
    };
    Object.freeze(principal.roles);
    return { principal: Object.freeze(principal), expiresAt: Number(payload.exp) * 1000 };
  };
}

/** Roles the app does not define are ignored rather than trusted or rejected. */
function knownRoles(claim: unknown): AppRole[] {
  if (!Array.isArray(claim)) return [];
  return claim.flatMap((role) => {
    const parsed = appRoleSchema.safeParse(role);
    return parsed.success ? [parsed.data] : [];
  });
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `invalid claim ${error.claim}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JOSEError) return error.code;
  return 'unreadable token';
}
