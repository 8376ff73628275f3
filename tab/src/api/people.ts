import type { LeaderInput, PeopleList, PersonSummary } from '@contract/people';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

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

const leaderPath = (personId: string) => `/api/v1/admin/people/${encodeURIComponent(personId)}/leader`;

/** Administrators only: marks a programme leader, or changes their title. */
export function markLeader(personId: string, input: LeaderInput): Promise<PersonSummary> {
  return apiRequest<PersonSummary>(leaderPath(personId), {
    method: 'PUT',
    body: input,
    changes: ['/api/v1/studio/people', '/api/v1/library', '/api/v1/insights/leaders'],
  });
}

export function unmarkLeader(personId: string): Promise<PersonSummary> {
  return apiRequest<PersonSummary>(leaderPath(personId), {
    method: 'DELETE',
    changes: ['/api/v1/studio/people', '/api/v1/library', '/api/v1/insights/leaders'],
  });
}
