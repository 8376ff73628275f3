import { ClientAssertionCredential, DefaultAzureCredential, OnBehalfOfCredential } from '@azure/identity';
import type { GraphMode } from '../config';

/** Who asks Graph for a group's members: the service itself, or the signed-in manager through it. */
export interface GraphCaller {
  tenantId: string;
  /** The caller's own access token to Ambassade's API. */
  accessToken: string;
}

export type GraphTokenSource = (caller: GraphCaller, scope: string) => Promise<string>;

/** Entra ID exchanges a managed identity token for this audience as the app's client assertion. */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

/**
 * Tokens for Microsoft Graph, without any secret:
 * - `managed-identity`: the service's managed identity holds the application permission GroupMember.Read.All;
 * - `on-behalf-of`: the manager's own token is exchanged for a delegated GroupMember.Read.All token, the app
 *   proving who it is with a managed identity token (a federated credential on the Entra app), so a manager
 *   sees only the groups Entra ID lets them read.
 */
export function graphTokenSource(mode: Exclude<GraphMode, { kind: 'off' }>): GraphTokenSource {
  const managedIdentity = new DefaultAzureCredential();
  if (mode.kind === 'managed-identity') {
    return async (_caller, scope) => (await managedIdentity.getToken(scope)).token;
  }
  return async (caller, scope) => {
    const credential = new OnBehalfOfCredential({
      tenantId: caller.tenantId,
      clientId: mode.clientId,
      authorityHost: mode.authorityHost,
      getAssertion: async () => (await managedIdentity.getToken(TOKEN_EXCHANGE_SCOPE)).token,
      userAssertionToken: caller.accessToken,
    });
    return (await credential.getToken(scope)).token;
  };
}

/** The app's own token in a tenant, no person behind it: activity feed notifications are sent as the app. */
export type AppTokenSource = (tenantId: string, scope: string) => Promise<string>;

/**
 * App-only tokens for Microsoft Graph, without any secret: the managed identity's own, or the Entra app's
 * (`on-behalf-of` mode), the app proving who it is with a managed identity token as in `graphTokenSource`.
 */
export function appTokenSource(mode: Exclude<GraphMode, { kind: 'off' }>): AppTokenSource {
  const managedIdentity = new DefaultAzureCredential();
  if (mode.kind === 'managed-identity') {
    return async (_tenantId, scope) => (await managedIdentity.getToken(scope)).token;
  }
  // One credential per tenant, so that each keeps its token cached until it nears expiry.
  const credentials = new Map<string, ClientAssertionCredential>();
  return async (tenantId, scope) => {
    let credential = credentials.get(tenantId);
    if (!credential) {
      credential = new ClientAssertionCredential(
        tenantId,
        mode.clientId,
        async () => (await managedIdentity.getToken(TOKEN_EXCHANGE_SCOPE)).token,
        { authorityHost: mode.authorityHost },
      );
      credentials.set(tenantId, credential);
    }
    return (await credential.getToken(scope)).token;
  };
}
