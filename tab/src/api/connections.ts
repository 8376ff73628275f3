import type { Connections } from '@contract/connections';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';

/** The networks the person let Ambassade post to in their name (LinkedIn), and how each stands. */
export function connectionsQuery(): ApiQuery<Connections> {
  return apiQuery<Connections>('/api/v1/me/connections');
}
