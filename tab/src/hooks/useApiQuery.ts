import { useQueries } from '@tanstack/react-query';
import type { ApiQuery } from '../api/apiQuery';
import { combinedState } from './queryState';
import type { QueryState } from './queryState';

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
  const reads = useQueries({
    queries: names.map((name) => ({
      ...(queries[name] as ApiQuery<unknown>),
      ...(fresh ? { refetchOnMount: 'always' as const } : {}),
    })),
  });
  const retry = () => {
    for (const read of reads) if (read.isError) void read.refetch();
  };
  return combinedState(names, reads, fresh, retry) as QueryState<{ [K in keyof Q]: ValueOf<Q[K]> }>;
}
