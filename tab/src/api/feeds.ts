import { z } from 'zod';
import { feedListSchema, feedPollOutcomeSchema, feedSchema } from '@contract/feeds';
import type { Feed, FeedList, FeedPollOutcome, SaveFeed } from '@contract/feeds';
import { apiRequest } from './apiRequest';

const feedPath = (feedId: string) => `/api/v1/studio/feeds/${encodeURIComponent(feedId)}`;

export function getFeeds(signal?: AbortSignal): Promise<FeedList> {
  return apiRequest('/api/v1/studio/feeds', feedListSchema, { signal });
}

export function createFeed(feed: SaveFeed): Promise<Feed> {
  return apiRequest('/api/v1/studio/feeds', feedSchema, { method: 'POST', body: feed });
}

export function deleteFeed(feedId: string): Promise<undefined> {
  return apiRequest(feedPath(feedId), z.undefined(), { method: 'DELETE' });
}

export function pollFeed(feedId: string): Promise<FeedPollOutcome> {
  return apiRequest(`${feedPath(feedId)}/poll`, feedPollOutcomeSchema, { method: 'POST' });
}
