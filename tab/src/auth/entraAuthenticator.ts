import { InteractionRequiredAuthError, createStandardPublicClientApplication } from '@azure/msal-browser';
import type { ClientConfig } from '@contract/client-config';
import { SignInRequiredError } from './authenticator';
import type { Authenticator } from './authenticator';
import { untilUnload } from './navigateAway';
import { noteSignInStarted, signInStartedRecently } from './signInAttempts';

type EntraConfig = Extract<ClientConfig, { signIn: 'entra' }>;

/**
 * Production outside Teams (browser, SharePoint page): MSAL redirect sign-in against Entra ID.
 * Needs a real tenant, so it cannot be exercised on a local run.
 */
export async function createEntraAuthenticator(config: EntraConfig): Promise<Authenticator> {
  const msal = await createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: `${window.location.origin}/`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const returning = await msal.handleRedirectPromise();
  const account = returning?.account ?? msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  msal.setActiveAccount(account);
  const scopes = [config.scope];

  const signIn = async (prompt?: 'select_account'): Promise<never> => {
    noteSignInStarted();
    await msal.loginRedirect({ scopes, prompt });
    return untilUnload();
  };

  return {
    async getAccessToken() {
      const active = msal.getActiveAccount();
      if (!active) return signIn();
      try {
        return (await msal.acquireTokenSilent({ scopes, account: active })).accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError)) throw error;
        if (signInStartedRecently())
          throw new SignInRequiredError('Entra ID still asks for interaction', { cause: error });
        noteSignInStarted();
        await msal.acquireTokenRedirect({ scopes, account: active });
        return untilUnload();
      }
    },
    async handleUnauthorized() {
      if (!signInStartedRecently()) await signIn();
    },
    signInAgain: () => signIn('select_account'),
    async signOut() {
      // Clears this app's MSAL cache only; the person stays signed in to Microsoft 365 elsewhere.
      await msal.clearCache();
    },
  };
}
