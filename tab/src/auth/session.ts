import type { Authenticator } from './authenticator';

let current: Authenticator | undefined;

export function setAuthenticator(authenticator: Authenticator): void {
  current = authenticator;
}

export function currentAuthenticator(): Authenticator {
  if (!current) throw new Error('Sign-in is not set up yet');
  return current;
}

/** The one entry point the API client uses to get a bearer token. */
export function getAccessToken(): Promise<string> {
  return currentAuthenticator().getAccessToken();
}

/** Forgets the person's token, e.g. after erasing their data: the next load goes to sign-in. */
export async function signOut(): Promise<void> {
  if (current) await current.signOut();
}

/** "Sign in again" from the UI; before sign-in is set up, starting over is the same thing. */
export function signInAgain(): void {
  if (current) void current.signInAgain();
  else window.location.reload();
}
