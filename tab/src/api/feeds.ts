import { z } from 'zod';
import { feedListSchema, feedPollOutcomeSchema, feedSchema } from '@contract/feeds';
import type { Feed, FeedList, FeedPollOutcome, SaveFeed } from '@contract/feeds';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const FEEDS = '/api/v1/studio/feeds';
const feedPath = (feedId: string) => `${FEEDS}/${encodeURIComponent(feedId)}`;

export function feedsQuery(): ApiQuery<FeedList> {
  return apiQuery(FEEDS, feedListSchema);
}

export function createFeed(feed: SaveFeed): Promise<Feed> {
  return apiRequest(FEEDS, feedSchema, { method: 'POST', changes: [FEEDS], body: feed });
}

export function deleteFeed(feedId: string): Promise<undefined> {
  return apiRequest(feedPath(feedId), z.undefined(), { method: 'DELETE', changes: [FEEDS] });
}

export function pollFeed(feedId: string): Promise<FeedPollOutcome> {
  return apiRequest(`${feedPath(feedId)}/poll`, feedPollOutcomeSchema, {
    method: 'POST',
    changes: [FEEDS, '/api/v1/studio/content'],
  });
}
