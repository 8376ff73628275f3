import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../demo/demo-data';
import { buildDemoChallenges } from '../demo/demo-challenges';
import { buildDemoEvents } from '../demo/demo-events';
import { parseFeed } from '../domain/feed-document';
import { draftFromEntry } from '../domain/feed-import';
import { resourceIdSchema } from './resource-id';

const isResourceId = (id: string) => resourceIdSchema.safeParse(id).success;

describe('resourceIdSchema accepts every id the service makes', () => {
  it('the demo organisation’s ids', () => {
    const now = new Date();
    const demo = buildDemoData(now);
    const ids = [
      ...demo.people,
      ...demo.groups,
      ...demo.campaigns,
      ...demo.content,
      ...demo.charters,
      ...buildDemoEvents(now, demo.people),
      ...buildDemoChallenges(now, demo.people).challenges,
    ].map((document) => document.id);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !isResourceId(id))).toEqual([]);
  });

  it('the ids the routes and the feed import generate', () => {
    const [entry] = parseFeed(
      '<rss><channel><item><guid>https://intranet.example/a?b=c#d</guid><title>T</title>' +
        '<link>https://intranet.example/a</link></item></channel></rss>',
    ).entries;
    const feedId = `feed-${randomUUID()}`;
    const draft = draftFromEntry(entry!, {
      feed: { id: feedId, tenantId: 'tenant', createdBy: 'person' },
      campaign: { id: 'campaign', brandId: 'brand' },
      language: 'en',
      now: new Date(),
    });
    for (const id of [randomUUID(), `group-${randomUUID()}`, feedId, draft.id, `former-${randomUUID()}`]) {
      expect(isResourceId(id), id).toBe(true);
    }
  });
});

describe('resourceIdSchema refuses what Cosmos DB refuses in an id, and what is no id', () => {
  it.each(['a/b', 'a\\b', 'a?b', 'a#b', ' ', 'a b', '', 'x'.repeat(129), 'é', '..%2F', '.', '..', '...'])(
    '%j',
    (id) => {
      expect(isResourceId(id)).toBe(false);
    },
  );
});
