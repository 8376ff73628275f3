import type { ClientConfig } from '@contract/client-config';
import type { SignInMode } from '../config';
import { DevIssuer } from './dev-issuer';
import { createEntraValidator, entraClientConfig } from './entra-issuer';
import type { TokenValidator } from './token-validator';

export interface SignIn {
  validateToken: TokenValidator;
  /** Told to the tab, so that it knows how to sign a person in outside Teams. */
  clientConfig: ClientConfig;
  /** Only without Entra ID: the local issuer behind the dev sign-in. */
  devIssuer?: DevIssuer;
}

export async function createSignIn(
  mode: SignInMode,
  local: { dataDir: string; jwksUrl: string; tenantId: string },
): Promise<SignIn> {
  if (mode.kind === 'entra') {
    return { validateToken: createEntraValidator(mode), clientConfig: entraClientConfig(mode) };
  }
  const devIssuer = await DevIssuer.load(local.dataDir);
  return {
    validateToken: devIssuer.validator(local.jwksUrl, [local.tenantId]),
    clientConfig: { signIn: 'dev', signInUrl: '/dev/signin' },
    devIssuer,
  };
}
