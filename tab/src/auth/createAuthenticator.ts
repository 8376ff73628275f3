import { getClientConfig } from '../api/clientConfig';
import type { TeamsHost } from '../host/teamsHost';
import type { Authenticator } from './authenticator';
import { createDevAuthenticator } from './devAuthenticator';
import { createTeamsAuthenticator } from './teamsAuthenticator';

/** Teams SSO inside Teams; otherwise whatever the server's client config says (dev sign-in or Entra). */
export async function createAuthenticator(host: TeamsHost): Promise<Authenticator> {
  if (host.inTeams) return createTeamsAuthenticator();
  const config = await getClientConfig();
  if (config.signIn === 'dev') return createDevAuthenticator(config.signInUrl);
  // MSAL is only downloaded where it is used.
  const { createEntraAuthenticator } = await import('./entraAuthenticator');
  return createEntraAuthenticator(config);
}
