/** A token from the local dev sign-in, as kept in sessionStorage. */
export interface StoredToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

// Refuse tokens this close to expiry so a request never leaves with one that dies in flight.
const EXPIRY_MARGIN_MS = 60_000;
const TOKEN_PARAMS = ['access_token', 'expires_in', 'token_type'];

function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}

/** Reads `#access_token=…&expires_in=…` as the dev sign-in page returns it. */
export function tokenFromFragment(hash: string, now: number): StoredToken | undefined {
  const params = fragmentParams(hash);
  const token = params.get('access_token');
  const expiresIn = Number(params.get('expires_in'));
  if (!token || !Number.isFinite(expiresIn) || expiresIn <= 0) return undefined;
  return { token, expiresAt: now + expiresIn * 1000 };
}

/** The fragment without the token parameters ('' when nothing else is left). */
export function fragmentWithoutToken(hash: string): string {
  const params = fragmentParams(hash);
  for (const name of TOKEN_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

export function parseStoredToken(raw: string | null): StoredToken | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'token' in value &&
      'expiresAt' in value &&
      typeof value.token === 'string' &&
      typeof value.expiresAt === 'number'
    ) {
      return { token: value.token, expiresAt: value.expiresAt };
    }
  } catch {
    // A corrupt entry is treated like no entry: the person signs in again.
  }
  return undefined;
}

export function isFresh(stored: StoredToken | undefined, now: number): stored is StoredToken {
  return stored !== undefined && stored.expiresAt - EXPIRY_MARGIN_MS > now;
}

/** The dev sign-in page's address, asking it to come back to `returnTo` (path and query). */
export function devSignInUrl(signInUrl: string, returnTo: string): string {
  const [path = '', query = ''] = signInUrl.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('returnTo', returnTo);
  return `${path}?${params.toString()}`;
}
