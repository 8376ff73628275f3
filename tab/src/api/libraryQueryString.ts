import type { LibraryQuery } from '@contract/library';

/** What the person filters the library by; empty strings mean "any". */
export type LibraryFilters = Pick<
  LibraryQuery,
  'q' | 'campaignId' | 'network' | 'language' | 'brandId' | 'sharedBy'
>;

const FILTER_NAMES = ['q', 'campaignId', 'network', 'language', 'brandId', 'sharedBy'] as const;

/** `?q=…&network=…&limit=20`: only the filters that are set, trimmed, in a stable order. */
export function libraryQueryString(
  filters: LibraryFilters,
  paging: { limit: number; continuationToken?: string },
): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  params.set('limit', String(paging.limit));
  if (paging.continuationToken) params.set('continuationToken', paging.continuationToken);
  return `?${params.toString()}`;
}

/** True when at least one filter narrows the library (the empty state then offers to clear them). */
export function hasFilters(filters: LibraryFilters): boolean {
  return FILTER_NAMES.some((name) => Boolean(filters[name]?.trim()));
}
