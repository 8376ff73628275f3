import type { ConnectLinkedIn, Connections } from '@contract/connections';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';
import { changed } from './queryClient';

const CONNECTIONS = '/api/v1/me/connections';

export function connectionsQuery(): ApiQuery<Connections> {
  return apiQuery<Connections>(CONNECTIONS);
}

/** Where to send the person to let Ambassade post on LinkedIn for them. */
export function connectLinkedIn(): Promise<ConnectLinkedIn> {
  return apiRequest<ConnectLinkedIn>(`${CONNECTIONS}/linkedin`, { method: 'POST' });
}

export async function disconnectLinkedIn(): Promise<void> {
  await apiRequest<unknown>(`${CONNECTIONS}/linkedin`, { method: 'DELETE', changes: [CONNECTIONS] });
}

/** The connection may have changed elsewhere (the LinkedIn window): read it again. */
export function connectionsChanged(): Promise<void> {
  return changed([CONNECTIONS]);
}
