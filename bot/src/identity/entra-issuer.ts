import type { SignInMode } from '../config';
import { createTokenValidator, remoteKeys } from './token-validator';
import type { TokenValidator } from './token-validator';
import type { ClientConfig } from '@contract/client-config';

type EntraMode = Extract<SignInMode, { kind: 'entra' }>;

/** Production: tokens from Entra ID (v2 endpoint), keys from its published JWKS. */
export function createEntraValidator(mode: EntraMode): TokenValidator {
  return createTokenValidator({
    keys: remoteKeys(`${mode.authorityHost}/common/discovery/v2.0/keys`),
    issuerFor: (tenantId) => `${mode.authorityHost}/${tenantId}/v2.0`,
    audiences: mode.audiences,
    allowedTenants: mode.allowedTenants,
  });
}

/** What MSAL in the tab needs to sign a person in outside Teams. */
export function entraClientConfig(mode: EntraMode): ClientConfig {
  return {
    signIn: 'entra',
    clientId: mode.clientId,
    authority: `${mode.authorityHost}/organizations`,
    scope: mode.scope,
  };
}
