import type { FeedPollOutcome } from '@contract/feeds';
import type { FeedDoc } from '../domain/documents';
import { parseFeed } from '../domain/feed-document';
import { FeedReadError } from '../domain/feed-read-error';
import type { FeedDocument } from '../domain/feed-document';
import { draftFromEntry, entryLanguage, rememberEntries, unseenEntries } from '../domain/feed-import';
import { FEED_MAX_BYTES, fetchFeed } from '../external/feed-fetcher';
import { recordAudit } from '../compliance/record-audit';
import type { Principal } from '../identity/principal';
import type { Repositories } from '../store/repositories';

/** The background job acts under this name in the audit log. */
export function feedImportActor(tenantId: string): Principal {
  return { tenantId, objectId: 'system:feed-poll', name: 'Intranet import', username: '', roles: [] };
}

/**
 * Polls one feed: its new entries become draft content of the feed's campaign, ready for review, and the feed
 * remembers them so the next poll skips them. A feed that cannot be read imports nothing and says why.
 */
export async function pollFeed(
  repositories: Repositories,
  feed: FeedDoc,
  options: { timeoutMs: number; isAllowedAddress: (address: string) => boolean; actor: Principal },
): Promise<FeedPollOutcome> {
  const now = new Date();
  const at = now.toISOString();
  const campaign = await repositories.campaigns.get(feed.tenantId, feed.campaignId);
  if (!campaign) {
    return record(repositories, feed, {
      status: 'error',
      at,
      code: 'feed.campaignGone',
      message: 'The feed’s campaign no longer exists: choose another one.',
    });
  }

  let feedDocument: FeedDocument;
  try {
    feedDocument = parseFeed(
      await fetchFeed(feed.url, {
        timeoutMs: options.timeoutMs,
        isAllowedAddress: options.isAllowedAddress,
        maxBytes: FEED_MAX_BYTES,
      }),
    );
  } catch (error) {
    if (!(error instanceof FeedReadError)) throw error;
    return record(repositories, feed, { status: 'error', at, ...error.reason, message: error.message });
  }

  const language = entryLanguage(feedDocument.language, feed.language);
  const imported: string[] = [];
  for (const entry of unseenEntries(feedDocument.entries, feed.seenEntryKeys)) {
    const draft = draftFromEntry(entry, { feed, campaign, language, now });
    // Written once: a draft someone has started editing is never overwritten by a later poll.
    if (await repositories.content.get(feed.tenantId, draft.id)) continue;
    await repositories.content.upsert(draft);
    imported.push(draft.id);
  }
  const outcome: FeedPollOutcome = {
    status: 'ok',
    at,
    imported: imported.length,
    entries: feedDocument.entries.length,
  };
  await repositories.feeds.update(feed.tenantId, feed.id, (current) => ({
    ...current,
    ...(feedDocument.title ? { title: feedDocument.title } : {}),
    seenEntryKeys: rememberEntries(current.seenEntryKeys, feedDocument.entries),
    lastPoll: outcome,
  }));
  if (imported.length > 0) {
    await recordAudit(
      repositories,
      options.actor,
      'feed.imported',
      { type: 'feed', id: feed.id },
      {
        after: { itemIds: imported },
      },
    );
  }
  return outcome;
}

async function record(
  repositories: Repositories,
  feed: FeedDoc,
  outcome: FeedPollOutcome,
): Promise<FeedPollOutcome> {
  await repositories.feeds.update(feed.tenantId, feed.id, (current) => ({ ...current, lastPoll: outcome }));
  return outcome;
}
