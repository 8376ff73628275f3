import { SignInRequiredError } from './authenticator';
import type { Authenticator } from './authenticator';
import { devSignInUrl, fragmentWithoutToken, isFresh, parseStoredToken, tokenFromFragment } from './devToken';
import { navigateAway } from './navigateAway';
import { forgetSignInAttempt, noteSignInStarted, signInStartedRecently } from './signInAttempts';

const STORAGE_KEY = 'ambassade.devToken';

/** Local runs: the server's dev sign-in page hands back a token in the URL fragment. */
export function createDevAuthenticator(signInUrl: string): Authenticator {
  captureTokenFromUrl();

  const signIn = (): Promise<never> => {
    sessionStorage.removeItem(STORAGE_KEY);
    noteSignInStarted();
    const { pathname, search } = window.location;
    return navigateAway(devSignInUrl(signInUrl, pathname + search));
  };

  return {
    async getAccessToken() {
      const stored = parseStoredToken(sessionStorage.getItem(STORAGE_KEY));
      if (isFresh(stored, Date.now())) return stored.token;
      if (signInStartedRecently()) throw new SignInRequiredError('The dev sign-in returned no usable token');
      return signIn();
    },
    async handleUnauthorized() {
      sessionStorage.removeItem(STORAGE_KEY);
      if (!signInStartedRecently()) await signIn();
    },
    signInAgain: signIn,
    async signOut() {
      sessionStorage.removeItem(STORAGE_KEY);
      forgetSignInAttempt();
    },
  };
}

/** Keeps the token from `#access_token=…` and takes it out of the address bar and history. */
function captureTokenFromUrl(): void {
  const { hash, pathname, search } = window.location;
  const stored = tokenFromFragment(hash, Date.now());
  if (!stored) return;
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  window.history.replaceState(window.history.state, '', pathname + search + fragmentWithoutToken(hash));
}
