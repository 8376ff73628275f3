import type { PeopleList } from '@contract/people';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';

export interface PeopleQuery {
  limit: number;
  continuationToken?: string;
}

/** Managers and administrators only; others get a 403. */
export function peoplePageQuery(query: PeopleQuery): ApiQuery<PeopleList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiQuery<PeopleList>(`/api/v1/studio/people?${params.toString()}`);
}
