import { createHash, randomUUID } from 'node:crypto';
import { feedListSchema, feedPollOutcomeSchema, feedSchema, saveFeedSchema } from '@contract/feeds';
import type { Feed, FeedList, FeedPollOutcome, SaveFeed } from '@contract/feeds';
import type { FeedDoc } from '../../domain/documents';
import { pollFeed } from '../../intranet/poll-feed';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { Reply, handler, idParams, noContent } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

export const listFeeds = handler({
  answer: feedListSchema,
  async handle({ principal, services }): Promise<FeedList> {
    const { feeds, campaigns } = services.repositories;
    return {
      items: (await feeds.list(principal.tenantId)).map(toFeed),
      campaigns: (await campaigns.list(principal.tenantId))
        .filter((campaign) => campaign.status !== 'archived')
        .map((campaign) => ({ id: campaign.id, name: campaign.name })),
    };
  },
});

export const createFeed = handler({
  answer: feedSchema,
  body: saveFeedSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    await checkFeed(repositories, principal.tenantId, body);
    const feed: FeedDoc = {
      id: feedIdOf(body.url),
      tenantId: principal.tenantId,
      url: body.url,
      campaignId: body.campaignId,
      language: body.language,
      seenEntryKeys: [],
      createdBy: principal.objectId,
      createdAt: new Date().toISOString(),
    };
    if (!(await repositories.feeds.createOnce(feed))) {
      // The id may be held by a feed since moved to another address: this one then takes a random id.
      const holder = await repositories.feeds.get(principal.tenantId, feed.id);
      if (holder?.url === feed.url) throw alreadyImported();
      feed.id = `${feed.id}-${randomUUID()}`;
      await repositories.feeds.upsert(feed);
    }
    await recordAudit(
      repositories,
      principal,
      'feed.created',
      { type: 'feed', id: feed.id },
      { after: body },
    );
    return new Reply(toFeed(feed), { status: 201 });
  },
});

/** Another address, campaign or language; the entries already imported stay remembered. */
export const updateFeed = handler({
  answer: feedSchema,
  params: idParams('feedId'),
  body: saveFeedSchema,
  async handle({ principal, services, params, body }): Promise<Feed> {
    const { repositories } = services;
    const before = await requireFeed(repositories, principal.tenantId, params.feedId);
    await checkFeed(repositories, principal.tenantId, body, before.id);
    const after = await repositories.feeds.update(principal.tenantId, before.id, (current) => ({
      ...current,
      ...body,
    }));
    if (!after) throw ApiError.notFound('feed.notFound', 'This feed does not exist, or was deleted.');
    await recordAudit(
      repositories,
      principal,
      'feed.updated',
      { type: 'feed', id: after.id },
      {
        before: { url: before.url, campaignId: before.campaignId, language: before.language },
        after: body,
      },
    );
    return toFeed(after);
  },
});

/** The drafts a feed brought stay: they are content now, reviewed or not. */
export const deleteFeed = handler({
  answer: noContent,
  params: idParams('feedId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const feed = await requireFeed(repositories, principal.tenantId, params.feedId);
    await repositories.feeds.delete(principal.tenantId, feed.id);
    await recordAudit(
      repositories,
      principal,
      'feed.deleted',
      { type: 'feed', id: feed.id },
      {
        before: { url: feed.url, campaignId: feed.campaignId, language: feed.language },
      },
    );
    return new Reply(undefined, { status: 204 });
  },
});

/** Polls a feed at once rather than at the next turn of the background job. */
export const pollFeedNow = handler({
  answer: feedPollOutcomeSchema,
  params: idParams('feedId'),
  async handle({ principal, services, params }): Promise<FeedPollOutcome> {
    const { repositories, config } = services;
    const feed = await requireFeed(repositories, principal.tenantId, params.feedId);
    return pollFeed(repositories, feed, {
      timeoutMs: config.feeds.fetchTimeoutMs,
      isAllowedAddress: services.isAllowedOutboundAddress,
      actor: principal,
    });
  },
});

async function requireFeed(repositories: Repositories, tenantId: string, feedId: string): Promise<FeedDoc> {
  const feed = await repositories.feeds.get(tenantId, feedId);
  if (!feed) throw ApiError.notFound('feed.notFound', 'This feed does not exist, or was deleted.');
  return feed;
}

/** The campaign must exist, and one address is polled once per organisation. */
async function checkFeed(repositories: Repositories, tenantId: string, feed: SaveFeed, ownId?: string) {
  if (!(await repositories.campaigns.get(tenantId, feed.campaignId))) {
    throw ApiError.invalid([
      { field: 'body.campaignId', code: 'field.noSuchCampaign', message: 'no such campaign' },
    ]);
  }
  const existing = await repositories.feeds.list(tenantId);
  if (existing.some((other) => other.url === feed.url && other.id !== ownId)) {
    throw alreadyImported();
  }
}

/**
 * A feed's id comes from its address, so that two managers adding the same feed at once create it once. (An
 * edited feed keeps its id; `checkFeed` keeps addresses unique then.)
 */
function feedIdOf(url: string): string {
  return `feed-${createHash('sha256').update(new URL(url).href).digest('hex').slice(0, 32)}`;
}

function alreadyImported(): ApiError {
  return new ApiError(409, 'feed.alreadyImported', 'This feed is already imported.', {
    errors: [{ field: 'body.url', code: 'field.alreadyImported', message: 'already imported' }],
  });
}

function toFeed(feed: FeedDoc): Feed {
  return {
    id: feed.id,
    url: feed.url,
    campaignId: feed.campaignId,
    language: feed.language,
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.lastPoll ? { lastPoll: feed.lastPoll } : {}),
    createdAt: feed.createdAt,
  };
}
