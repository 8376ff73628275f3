import { studioItemListSchema, studioItemSchema } from '@contract/content';
import type { ReviewDecision, StudioItem, StudioItemList } from '@contract/content';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/studio/review';
const at = (itemId: string) => `${PATH}/${encodeURIComponent(itemId)}`;

export function getReviewQueue(
  query: { limit: number; continuationToken?: string },
  signal?: AbortSignal,
): Promise<StudioItemList> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.continuationToken) params.set('continuationToken', query.continuationToken);
  return apiRequest(`${PATH}?${params.toString()}`, studioItemListSchema, { signal });
}

export function decideReview(itemId: string, decision: ReviewDecision): Promise<StudioItem> {
  return apiRequest(`${at(itemId)}/decisions`, studioItemSchema, { method: 'POST', body: decision });
}

export function commentReview(itemId: string, comment: string): Promise<StudioItem> {
  return apiRequest(`${at(itemId)}/comments`, studioItemSchema, { method: 'POST', body: { comment } });
}
