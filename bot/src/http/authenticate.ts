import type { Request } from 'express';
import type { Principal } from '../identity/principal';
import { InvalidTokenError } from '../identity/token-validator';
import type { TokenValidator } from '../identity/token-validator';
import { ApiError } from './api-error';
import type { Access } from './api-route';

/**
 * Reads and validates the bearer token; the reason a token was refused goes to the log, not to the caller.
 * The token itself comes back too: on-behalf-of calls (Microsoft Graph) exchange it.
 */
export async function authenticate(
  req: Request,
  validate: TokenValidator,
): Promise<{ principal: Principal; token: string }> {
  const header = req.headers.authorization;
  const token = header?.match(/^Bearer ([A-Za-z0-9\-_.]+)$/)?.[1];
  if (!token) throw ApiError.unauthorized();
  try {
    return { principal: await validate(token), token };
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      req.log.info({ reason: error.message }, 'token refused');
      throw ApiError.unauthorized('auth.sessionInvalid', 'Your session is not valid; sign in again.');
    }
    throw error;
  }
}

export function isAllowed(access: Access, principal: Principal): boolean {
  return access === 'employee' || access.some((role) => principal.roles.includes(role));
}
