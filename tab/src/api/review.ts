import type { ReviewDecision, StudioItem, StudioItemList } from '@contract/content';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/review';
const at = (itemId: string) => `${PATH}/${encodeURIComponent(itemId)}`;

export function reviewQueueQuery(query: {
  limit: number;
  continuationToken?: string;
}): ApiQuery<StudioItemList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiQuery<StudioItemList>(`${PATH}?${params.toString()}`);
}

export function decideReview(itemId: string, decision: ReviewDecision): Promise<StudioItem> {
  return apiRequest<StudioItem>(`${at(itemId)}/decisions`, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/content', '/api/v1/library'],
    body: decision,
  });
}

export function commentReview(itemId: string, comment: string): Promise<StudioItem> {
  return apiRequest<StudioItem>(`${at(itemId)}/comments`, {
    method: 'POST',
    changes: [PATH, '/api/v1/studio/content'],
    body: { comment },
  });
}
