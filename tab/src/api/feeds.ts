import type { Feed, FeedList, FeedPollOutcome, SaveFeed } from '@contract/feeds';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const FEEDS = '/api/v1/studio/feeds';
const feedPath = (feedId: string) => `${FEEDS}/${encodeURIComponent(feedId)}`;

export function feedsQuery(): ApiQuery<FeedList> {
  return apiQuery<FeedList>(FEEDS);
}

export function createFeed(feed: SaveFeed): Promise<Feed> {
  return apiRequest<Feed>(FEEDS, { method: 'POST', changes: [FEEDS], body: feed });
}

export function deleteFeed(feedId: string): Promise<undefined> {
  return apiRequest<undefined>(feedPath(feedId), { method: 'DELETE', changes: [FEEDS] });
}

export function pollFeed(feedId: string): Promise<FeedPollOutcome> {
  return apiRequest<FeedPollOutcome>(`${feedPath(feedId)}/poll`, {
    method: 'POST',
    changes: [FEEDS, '/api/v1/studio/content'],
  });
}
