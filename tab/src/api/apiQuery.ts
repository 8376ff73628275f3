import { apiRequest } from './apiRequest';
import { pathKey } from './pathKey';
import { queryClient } from './queryClient';

/** What rarely changes while a person uses the tab (the organisation, the charter): read again after a while. */
const LONG_LIVED_MS = 10 * 60_000;

/** A read of the API as the tab's cache knows it: keyed by its path, fetched with the request's own signal. */
export interface ApiQuery<T> {
  queryKey: readonly string[];
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  staleTime?: number;
}

/** Reads `path`, whose answer is a `T`; `longLived` keeps it fresh for minutes rather than seconds. */
export function apiQuery<T>(path: string, { longLived = false } = {}): ApiQuery<T> {
  return {
    queryKey: pathKey(path),
    queryFn: ({ signal }) => apiRequest<T>(path, { signal }),
    ...(longLived ? { staleTime: LONG_LIVED_MS } : {}),
  };
}

/** Reads outside rendering (a further page, a refresh after an action), through the same cache. */
export function read<T>(query: ApiQuery<T>): Promise<T> {
  return queryClient.fetchQuery(query);
}
