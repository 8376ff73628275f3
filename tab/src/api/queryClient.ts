import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './ApiProblem';
import { pathKey } from './pathKey';

/** How long a read stays fresh: moving between pages within this shows what was read, without asking again. */
const FRESH_FOR_MS = 30_000;

/**
 * An answer from the API is shown at once, with "Retry": asking again would only delay it. A request that did
 * not reach the API is tried once more, since a network blip is often gone a moment later.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof ApiProblem && error.kind === 'network';
}

/**
 * The tab's one cache of what it read. A person switching back to Teams has not changed anything, and what
 * they change in the tab invalidates what it reads: no reading again on focus.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: FRESH_FOR_MS, refetchOnWindowFocus: false },
  },
});

/**
 * After a write: every read under these paths is out of date. What none shows is forgotten, so that the next page
 * to show it reads it afresh; what a page shows is read again in place, before the write counts as done, so that
 * the page it leads to does not open on the answer from before.
 */
export async function changed(paths: readonly string[]): Promise<void> {
  await Promise.all(
    paths.map((path) => {
      const queryKey = pathKey(path);
      queryClient.removeQueries({ queryKey, type: 'inactive' });
      return queryClient.invalidateQueries({ queryKey });
    }),
  );
}
