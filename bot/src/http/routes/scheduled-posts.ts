import { scheduledPostListSchema } from '@contract/scheduled-posts';
import type { ScheduledPostList } from '@contract/scheduled-posts';
import { cancelScheduledPost, scheduledPostsOf } from '../../sharing/scheduled-posts';
import { Reply, handler, idParams, noContent } from '../api-route';

/** The person's scheduled posts still to go out, soonest first. */
export const listMyScheduledPosts = handler({
  answer: scheduledPostListSchema,
  async handle({ services, currentPerson }): Promise<ScheduledPostList> {
    return scheduledPostsOf(services, await currentPerson());
  },
});

/** Cancels one of the person's scheduled posts, while it is still only scheduled. */
export const cancelMyScheduledPost = handler({
  answer: noContent,
  params: idParams('postId'),
  async handle({ principal, services, params, currentPerson }) {
    await cancelScheduledPost(services, principal, await currentPerson(), params.postId);
    return new Reply(undefined, { status: 204 });
  },
});
