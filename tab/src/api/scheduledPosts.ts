import type { ScheduledPostList } from '@contract/scheduled-posts';
import type { ScheduledShare, ShareRequest } from '@contract/share';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const SCHEDULED_POSTS = '/api/v1/me/scheduled-posts';

/** The person's LinkedIn posts still to go out, soonest first. */
export function scheduledPostsQuery(): ApiQuery<ScheduledPostList> {
  return apiQuery<ScheduledPostList>(SCHEDULED_POSTS);
}

/** Schedules the text on LinkedIn for `request.at`; every check of a share runs now and again at the time. */
export function schedulePost(
  itemId: string,
  request: Required<Pick<ShareRequest, 'language' | 'text' | 'at'>>,
): Promise<ScheduledShare> {
  return apiRequest<ScheduledShare>(`/api/v1/library/${encodeURIComponent(itemId)}/shares`, {
    method: 'POST',
    changes: [SCHEDULED_POSTS],
    body: { ...request, network: 'linkedin', mode: 'post' } satisfies ShareRequest,
  });
}

/** Cancels a post still only scheduled; a 409 once it is being posted. */
export async function cancelScheduledPost(id: string): Promise<void> {
  await apiRequest<unknown>(`${SCHEDULED_POSTS}/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    changes: [SCHEDULED_POSTS],
  });
}
