import { randomBytes } from 'node:crypto';
import type { LinkedInConnection } from '@contract/connections';
import type { LinkedInSettings } from '../config';
import type { LinkedInConnectionDoc, PersonDoc } from '../domain/documents';
import { connectionStatus, expiresAtFrom } from '../domain/linkedin/connection-expiry';
import { LinkedInClient } from '../external/linkedin-client';
import type { Repositories } from '../store/repositories';
import { loadTokenCipher } from './token-cipher';
import type { TokenCipher } from './token-cipher';

/** Where LinkedIn sends the person back, outside /api: a browser redirect carries no bearer token. */
export const LINKEDIN_CALLBACK_PATH = '/auth/linkedin/callback';
/** Long enough to sign in to LinkedIn and approve, short enough that a leaked state is soon worthless. */
const STATE_LIFETIME_SECONDS = 600;

/** Posting to LinkedIn as the service has it configured: the client, the token cipher, the callback address. */
export interface LinkedIn {
  client: LinkedInClient;
  cipher: TokenCipher;
  redirectUri: string;
}

export async function createLinkedIn(settings: LinkedInSettings, publicUrl: string): Promise<LinkedIn> {
  return {
    client: new LinkedInClient(settings),
    cipher: await loadTokenCipher(settings.tokenKey),
    redirectUri: `${publicUrl}${LINKEDIN_CALLBACK_PATH}`,
  };
}

/** A person's connection as the tab sees it: whether LinkedIn is on, the status and expiry, never the token. */
export function connectionView(
  linkedIn: LinkedIn | undefined,
  connection: LinkedInConnectionDoc | undefined,
  now: Date,
): LinkedInConnection {
  if (!linkedIn) return { available: false, status: 'disconnected' };
  const status = connectionStatus(connection, now);
  return {
    available: true,
    status,
    ...(connection && status !== 'disconnected' ? { expiresAt: connection.expiresAt } : {}),
  };
}

/**
 * Starts a connection: a single-use state bound to the person, kept server-side for a few minutes, and the address
 * of LinkedIn's consent page. The state names its tenant, so the callback finds it with one point read.
 */
export async function startConnection(
  linkedIn: LinkedIn,
  repositories: Repositories,
  person: PersonDoc,
  now: Date,
): Promise<string> {
  const state = `${person.tenantId}.${randomBytes(24).toString('base64url')}`;
  await repositories.connections.createState(state, {
    tenantId: person.tenantId,
    personId: person.id,
    expiresAt: new Date(now.getTime() + STATE_LIFETIME_SECONDS * 1000).toISOString(),
    ttl: STATE_LIFETIME_SECONDS,
  });
  return linkedIn.client.authorizeUrl(state, linkedIn.redirectUri);
}

/** The person a callback's state was issued to, the state consumed; undefined when unknown, used or stale. */
export async function personOfState(
  repositories: Repositories,
  state: string,
  now: Date,
): Promise<PersonDoc | undefined> {
  const separator = state.lastIndexOf('.');
  if (separator <= 0) return undefined;
  const taken = await repositories.connections.takeState(state.slice(0, separator), state, now);
  return taken && (await repositories.people.get(taken.tenantId, taken.personId));
}

/** Completes the connection LinkedIn approved: the code exchanged for a token, kept sealed, with its member id. */
export async function completeConnection(
  linkedIn: LinkedIn,
  repositories: Repositories,
  person: PersonDoc,
  code: string,
  now: Date,
): Promise<void> {
  const { accessToken, expiresIn } = await linkedIn.client.exchangeCode(code, linkedIn.redirectUri);
  const memberSub = await linkedIn.client.memberSub(accessToken);
  await repositories.connections.saveLinkedIn({
    tenantId: person.tenantId,
    personId: person.id,
    memberSub,
    token: linkedIn.cipher.seal(accessToken),
    connectedAt: now.toISOString(),
    expiresAt: expiresAtFrom(now, expiresIn),
  });
}
