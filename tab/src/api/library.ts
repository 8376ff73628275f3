import { libraryItemSchema, libraryListSchema } from '@contract/library';
import type { LibraryItem, LibraryList } from '@contract/library';
import { shareResultSchema } from '@contract/share';
import type { ShareRequest, ShareResult } from '@contract/share';
import { apiRequest } from './apiRequest';
import { libraryQueryString } from './libraryQueryString';
import type { LibraryFilters } from './libraryQueryString';

/** The items this person is targeted by, newest first; `continuationToken` reads the next page. */
export function getLibraryPage(
  filters: LibraryFilters,
  options: { limit: number; continuationToken?: string },
  signal?: AbortSignal,
): Promise<LibraryList> {
  return apiRequest(`/api/v1/library${libraryQueryString(filters, options)}`, libraryListSchema, { signal });
}

export function getLibraryItem(itemId: string, signal?: AbortSignal): Promise<LibraryItem> {
  return apiRequest(`/api/v1/library/${encodeURIComponent(itemId)}`, libraryItemSchema, { signal });
}

/** Records the share and returns the tracked link and how to hand the text to the network. */
export function shareItem(itemId: string, request: ShareRequest): Promise<ShareResult> {
  return apiRequest(`/api/v1/library/${encodeURIComponent(itemId)}/shares`, shareResultSchema, {
    method: 'POST',
    body: request,
  });
}
