import { randomUUID } from 'node:crypto';
import type { ScheduledPostList } from '@contract/scheduled-posts';
import type { ScheduledShare } from '@contract/share';
import { recordAudit } from '../compliance/record-audit';
import { enqueueMessage } from '../delivery/enqueue-message';
import type { PersonDoc, ScheduledPostDoc } from '../domain/documents';
import { failureOf, scheduledInstant } from '../domain/linkedin/scheduled-post';
import { Refused } from '../domain/refused';
import type { Principal } from '../identity/principal';
import type { Logger } from '../logger';
import type { LinkedIn } from '../linkedin/linkedin-connections';
import { requireConnection } from '../linkedin/post-on-linkedin';
import { buildScheduledPostCard } from '../chat/cards/scheduled-post-card';
import type { TabPage } from '../chat/tab-deep-link';
import type { VersionedPost } from '../store/scheduled-post-repository';
import { postCheckedShare, requirePostable } from './post-share';
import type { SharingServices } from './record-share';
import { checkShare } from './share-rules';
import type { CheckedShare } from './share-rules';

/**
 * An attempt whose taker has not said how it went after this long died with it (LinkedIn's answer, however slow
 * and throttled, comes within a minute): it is settled as unknown, never tried again.
 */
export const ABANDONED_AFTER_MS = 10 * 60_000;
/** Settled posts are kept this long (seconds), for support, then the store deletes them. */
const SETTLED_TTL_SECONDS = 30 * 86_400;
const DUE_PAGE = 20;

/**
 * Schedules the checked share for `requested` (moved out of the person's quiet hours): every check has passed,
 * the connection included, and all run again at the time.
 */
export async function schedulePost(
  services: SharingServices,
  principal: Principal,
  share: CheckedShare,
  requested: Date,
): Promise<ScheduledShare> {
  const { repositories } = services;
  const { person, item, request } = share;
  requirePostable(request);
  await requireConnection(repositories, person);
  const { at, movedOutOfQuietHours } = scheduledInstant(requested, person);
  const post: ScheduledPostDoc = {
    id: randomUUID(),
    tenantId: person.tenantId,
    personId: person.id,
    itemId: item.id,
    itemTitle: item.title,
    network: 'linkedin',
    language: request.language,
    text: request.text,
    at: at.toISOString(),
    status: 'scheduled',
    createdAt: new Date().toISOString(),
  };
  await repositories.scheduledPosts.schedule(post);
  await recordAudit(
    repositories,
    principal,
    'share.scheduled',
    { type: 'scheduledPost', id: post.id, title: item.title },
    { after: { itemId: item.id, at: post.at, language: post.language, text: post.text } },
  );
  return { shareId: post.id, status: 'scheduled', at: post.at, movedOutOfQuietHours };
}

/** The person's posts to come, as My impact lists them. */
export async function scheduledPostsOf(
  services: Pick<SharingServices, 'repositories'>,
  person: PersonDoc,
): Promise<ScheduledPostList> {
  const posts = await services.repositories.scheduledPosts.pendingOf(person.tenantId, person.id);
  return {
    items: posts.map((post) => ({
      id: post.id,
      status: post.status === 'posting' ? 'posting' : 'scheduled',
      at: post.at,
      item: { id: post.itemId, title: post.itemTitle },
      network: post.network,
      language: post.language,
      text: post.text,
    })),
  };
}

/** Cancels the person's post before its time: 404 if it is not theirs (or gone), 409 once it is being posted. */
export async function cancelScheduledPost(
  services: Pick<SharingServices, 'repositories'>,
  principal: Principal,
  person: PersonDoc,
  id: string,
): Promise<void> {
  const { repositories } = services;
  const outcome = await repositories.scheduledPosts.cancel(person.tenantId, person.id, id);
  if (outcome === 'notFound') {
    throw new Refused(404, { code: 'scheduledPost.notFound', detail: 'No such scheduled post of yours.' });
  }
  if (outcome === 'tooLate') {
    throw new Refused(409, {
      code: 'scheduledPost.alreadyPosted',
      detail: 'This post is being published or is already out: it can no longer be cancelled.',
    });
  }
  await recordAudit(repositories, principal, 'share.scheduleCancelled', { type: 'scheduledPost', id });
}

/** What posting due posts needs beyond the sharing services. */
export interface ScheduledPosting extends SharingServices {
  linkedIn: LinkedIn;
  /** Where the chat message's button leads in the tab. */
  tabLink: (page: TabPage) => string;
  logger: Logger;
}

/**
 * Posts what is due, each at most once: taken under its ETag (so of two instances, or of the job and a
 * cancellation, one wins) and marked `posting` before LinkedIn is called, then settled, and the person told in
 * chat. An attempt that never settled (the instance died between LinkedIn's answer and the record) is settled as
 * unknown: the person is asked to look at their profile rather than risk a second post.
 */
export async function postDueScheduledPosts(
  posting: ScheduledPosting,
  now: Date,
  signal: AbortSignal,
): Promise<void> {
  const { scheduledPosts } = posting.repositories;
  const abandonedBefore = new Date(now.getTime() - ABANDONED_AFTER_MS);
  for (const due of await scheduledPosts.due(now, abandonedBefore, DUE_PAGE)) {
    // Stopping: what is left is still `scheduled`, for the next holder's turn.
    if (signal.aborted) return;
    if (due.post.status === 'posting') {
      await settle(posting, due, { status: 'failed', failure: 'unknown' });
      continue;
    }
    const claimed = await scheduledPosts.replaceIfUnchanged(due, {
      ...due.post,
      status: 'posting',
      attemptedAt: new Date().toISOString(),
    });
    if (!claimed) continue;
    await settle(posting, claimed, await attempt(posting, claimed.post));
  }
}

type Outcome = Pick<ScheduledPostDoc, 'status' | 'postUrn' | 'failure'>;

/** The checks of a share, again, then the post; any refusal is the person's to hear about. */
async function attempt(posting: ScheduledPosting, post: ScheduledPostDoc): Promise<Outcome> {
  const person = await posting.repositories.people.get(post.tenantId, post.personId);
  if (!person) return { status: 'failed', failure: 'withdrawn' };
  try {
    const share = await checkShare(posting.repositories, person, post.itemId, post);
    const { postUrn } = await postCheckedShare(posting, posting.linkedIn, actorOf(person), share);
    return { status: 'posted', postUrn };
  } catch (error) {
    if (error instanceof Refused) return { status: 'failed', failure: failureOf(error.refusal.code) };
    // Perhaps after LinkedIn's 201 (recording the share failed): not knowing, it is never tried again.
    posting.logger.error({ err: error, scheduledPostId: post.id }, 'scheduled post attempt failed');
    return { status: 'failed', failure: 'unknown' };
  }
}

async function settle(posting: ScheduledPosting, taken: VersionedPost, outcome: Outcome): Promise<void> {
  const { repositories } = posting;
  const settled = await repositories.scheduledPosts.replaceIfUnchanged(taken, {
    ...taken.post,
    ...outcome,
    settledAt: new Date().toISOString(),
    ttl: SETTLED_TTL_SECONDS,
  });
  if (!settled) return;
  const person = await repositories.people.get(settled.post.tenantId, settled.post.personId);
  if (!person) return;
  await enqueueMessage(
    repositories,
    {
      tenantId: person.tenantId,
      messageId: `scheduled-post:${settled.post.id}`,
      kind: 'post',
      recipients: [person],
      render: (recipient) => buildScheduledPostCard(settled.post, recipient.locale, posting.tabLink),
    },
    new Date(),
  );
}

/** The scheduled post is the person's own act: it is audited as theirs. */
function actorOf(person: PersonDoc): Principal {
  return {
    tenantId: person.tenantId,
    objectId: person.id,
    name: person.displayName,
    username: person.email,
    roles: person.lastSeenRoles ?? [],
  };
}
