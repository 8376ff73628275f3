import type { LibraryItem, LibraryList } from '@contract/library';
import type { PostedShare, ShareRequest, ShareResult } from '@contract/share';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';
import { libraryQueryString } from './libraryQueryString';
import type { LibraryFilters } from './libraryQueryString';

/** The items this person is targeted by, newest first; `continuationToken` reads the next page. */
export function libraryPageQuery(
  filters: LibraryFilters,
  options: { limit: number; continuationToken?: string },
): ApiQuery<LibraryList> {
  return apiQuery<LibraryList>(`/api/v1/library${libraryQueryString(filters, options)}`);
}

export function libraryItemQuery(itemId: string): ApiQuery<LibraryItem> {
  return apiQuery<LibraryItem>(`/api/v1/library/${encodeURIComponent(itemId)}`);
}

/** Records the share and returns the tracked link and how to hand the text to the network. */
/** Posts the text on LinkedIn in the person's name (`mode: "post"`); a 401 from LinkedIn may expire the connection. */
export function postItem(itemId: string, request: Omit<ShareRequest, 'mode'>): Promise<PostedShare> {
  return apiRequest<PostedShare>(`/api/v1/library/${encodeURIComponent(itemId)}/shares`, {
    method: 'POST',
    changes: ['/api/v1/me', '/api/v1/challenges', '/api/v1/leaderboard', '/api/v1/me/connections'],
    body: { ...request, mode: 'post' },
  });
}

export function shareItem(itemId: string, request: ShareRequest): Promise<ShareResult> {
  return apiRequest<ShareResult>(`/api/v1/library/${encodeURIComponent(itemId)}/shares`, {
    method: 'POST',
    changes: ['/api/v1/me', '/api/v1/challenges', '/api/v1/leaderboard'],
    body: request,
  });
}
