import { useEffect, useRef, useState } from 'react';
import type { Dispatch, RefObject, SetStateAction } from 'react';

/** One page of a list API: its items, and a token while further pages remain. */
export interface ListPage<T> {
  items: readonly T[];
  continuationToken?: string;
}

export interface PagedList<T> {
  /** The items loaded so far, in order. */
  items: readonly T[];
  /** For local changes to the loaded items, such as a removed row. */
  setItems: Dispatch<SetStateAction<readonly T[]>>;
  /** Whether the API has said there are further pages. */
  hasMore: boolean;
  loadingMore: boolean;
  /** The last failure; a page shares it with its other actions through `setError`. */
  error: unknown;
  setError: Dispatch<SetStateAction<unknown>>;
  /** Fetches the next page and appends it; does nothing without a continuation token. */
  loadMore: () => Promise<void>;
  /** For the count paragraph, which takes the focus when the last page arrives. */
  countRef: RefObject<HTMLParagraphElement | null>;
}

/**
 * Pages of a list after the first: `fetchPage` gets the next page for a continuation token, and
 * `onPage` (if given) hears about the items of each further page.
 */
export function usePagedList<T>(
  first: ListPage<T>,
  fetchPage: (continuationToken: string) => Promise<ListPage<T>>,
  onPage?: (items: readonly T[]) => void,
): PagedList<T> {
  const [items, setItems] = useState<readonly T[]>(first.items);
  const [continuationToken, setContinuationToken] = useState(first.continuationToken);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const countRef = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(continuationToken !== undefined);

  // When the last page arrives the button disappears: keep keyboard focus nearby instead of losing it.
  useEffect(() => {
    if (hadMore.current && continuationToken === undefined) countRef.current?.focus();
    hadMore.current = continuationToken !== undefined;
  }, [continuationToken]);

  async function loadMore() {
    if (!continuationToken) return;
    setLoadingMore(true);
    setError(undefined);
    try {
      const next = await fetchPage(continuationToken);
      setItems((current) => [...current, ...next.items]);
      setContinuationToken(next.continuationToken);
      onPage?.(next.items);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    items,
    setItems,
    hasMore: Boolean(continuationToken),
    loadingMore,
    error,
    setError,
    loadMore,
    countRef,
  };
}
