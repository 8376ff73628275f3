import { useQueries } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiQuery } from '../api/apiQuery';

/** What a page knows of its data: still loading, failed, or there; `retry` reads again what failed. */
export type QueryState<T> = (
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; value: T }
) & { retry: () => void };

type ValueOf<Q> = Q extends ApiQuery<infer T> ? T : undefined;

interface ReadOptions {
  /**
   * Wait for an answer read now, not the one in the cache: an editor starts from what it shows, and sends its
   * version back when it saves, so it must show the latest.
   */
  fresh?: boolean;
}

/** Reads one thing from the API through the tab's cache. */
export function useApiQuery<T>(query: ApiQuery<T>, options: ReadOptions = {}): QueryState<T> {
  const state = useApiQueries({ value: query }, options);
  return state.status === 'done' ? { ...state, value: state.value.value } : state;
}

/**
 * Reads several things at once: done when all are there, failed when one failed. A query left `undefined`
 * (such as the item of a "new item" editor) is not read and answers `undefined`.
 */
export function useApiQueries<Q extends Record<string, ApiQuery<unknown> | undefined>>(
  queries: Q,
  { fresh = false }: ReadOptions = {},
): QueryState<{ [K in keyof Q]: ValueOf<Q[K]> }> {
  const names = Object.keys(queries).filter((name) => queries[name] !== undefined);
  const results = useQueries({
    queries: names.map((name) => ({
      ...(queries[name] as ApiQuery<unknown>),
      ...(fresh ? { refetchOnMount: 'always' as const } : {}),
    })),
  });
  const retry = () => {
    for (const result of results) if (result.isError) void result.refetch();
  };
  // A retry shows "loading" at once, as a first read does.
  const failed = results.find((result) => result.isError && !result.isFetching);
  if (failed) return { status: 'error', error: failed.error, retry };
  if (results.some((result) => !settled(result, fresh))) return { status: 'loading', retry };
  const value = Object.fromEntries(names.map((name, index) => [name, results[index]?.data]));
  return { status: 'done', value: value as { [K in keyof Q]: ValueOf<Q[K]> }, retry };
}

function settled(result: UseQueryResult, fresh: boolean): boolean {
  return result.isSuccess && (!fresh || result.isFetchedAfterMount);
}
