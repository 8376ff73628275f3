import { peopleListSchema } from '@contract/people';
import type { PeopleList } from '@contract/people';
import { apiRequest } from './apiRequest';

export interface PeopleQuery {
  limit: number;
  continuationToken?: string;
}

/** Managers and administrators only; others get a 403. */
export function getPeoplePage(query: PeopleQuery, signal?: AbortSignal): Promise<PeopleList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiRequest(`/api/v1/studio/people?${params.toString()}`, peopleListSchema, { signal });
}
