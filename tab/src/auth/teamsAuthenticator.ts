import { SignInRequiredError } from './authenticator';
import type { Authenticator } from './authenticator';
import { navigateAway } from './navigateAway';

/** Inside Teams: single sign-on; Teams caches and renews the token itself. */
export function createTeamsAuthenticator(): Authenticator {
  return {
    async getAccessToken() {
      const { authentication } = await import('@microsoft/teams-js');
      try {
        return await authentication.getAuthToken();
      } catch (error) {
        throw new SignInRequiredError('Teams could not provide a token', { cause: error });
      }
    },
    // Nothing to forget, and reloading unasked could loop: the UI offers "Sign in again" instead.
    handleUnauthorized: () => Promise.resolve(),
    // Teams owns the sign-in; the tab keeps no token of its own to forget.
    signOut: () => Promise.resolve(),
    signInAgain() {
      // Reload with the host hint, which in-app navigation has dropped from the address.
      const url = new URL(window.location.href);
      url.searchParams.set('host', 'teams');
      return navigateAway(url.toString());
    },
  };
}
