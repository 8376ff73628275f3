/** What a page knows of its data: still loading, failed, or there; `retry` reads again what failed. */
export type QueryState<T> = (
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; value: T }
) & { retry: () => void };

/** What the state of several reads needs to know of each. */
export interface ReadProgress {
  data: unknown;
  error: unknown;
  isSuccess: boolean;
  isError: boolean;
  isFetching: boolean;
  isFetchedAfterMount: boolean;
}

/**
 * Several reads as one state, their values by name: failed when one failed and is not being read again (a retry
 * shows "loading" at once, as a first read does), loading while one has no answer yet (or, `fresh`, none read
 * since the page opened), else done.
 */
export function combinedState(
  names: readonly string[],
  reads: readonly ReadProgress[],
  fresh: boolean,
  retry: () => void,
): QueryState<Record<string, unknown>> {
  const failed = reads.find((read) => read.isError && !read.isFetching);
  if (failed) return { status: 'error', error: failed.error, retry };
  const settled = (read: ReadProgress) => read.isSuccess && (!fresh || read.isFetchedAfterMount);
  if (!reads.every(settled)) return { status: 'loading', retry };
  return { status: 'done', value: Object.fromEntries(names.map((name, i) => [name, reads[i]?.data])), retry };
}
