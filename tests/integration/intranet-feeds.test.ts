import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { feedPollJob } from '../../bot/src/jobs/feed-poll-job';
import { createLogger } from '../../bot/src/logger';
import { outboundAddressPolicy } from '../../bot/src/external/address-policy';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

const CAMPAIGN = 'campaign-douai-recrute';
const FETCH_TIMEOUT_MS = 400;

const rssItem = (n: number) => `<item>
  <title>Actualité n°${n} &amp; suite</title>
  <link>https://intranet.aurore-demo.example/news/${n}</link>
  <guid isPermaLink="false">news-${n}</guid>
  <description>&lt;p&gt;Résumé ${n}&lt;/p&gt;</description>
</item>`;
const rss = (numbers: number[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>SharePoint news</title><language>fr-FR</language>${numbers
    .map(rssItem)
    .join('')}</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Corporate blog</title>
  <entry><title>Solar storage</title><link href="https://blog.aurore-demo.example/solar"/><id>urn:uuid:1</id>
    <summary>Storage at scale.</summary></entry>
</feed>`;

/** The intranet, on this machine: each path serves what the test puts there. */
const documents = new Map<string, string>();
let intranet: http.Server;
let intranetUrl: string;
let service: TestService;

beforeAll(async () => {
  intranet = http.createServer((req, res) => {
    if (req.url === '/slow') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([1])), 2_000);
      return;
    }
    const body = documents.get(req.url ?? '');
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.1', resolve));
  intranetUrl = `http://127.0.0.1:${(intranet.address() as AddressInfo).port}`;
  service = await startTestService({ env: { FEED_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS) } });
});
afterAll(async () => {
  await service?.dispose();
  intranet?.closeAllConnections();
  await new Promise((resolve) => intranet?.close(resolve));
});

async function addFeed(path: string, language: 'fr' | 'en' = 'fr') {
  const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
  const created = await manager.post('/api/v1/studio/feeds', {
    url: `${intranetUrl}${path}`,
    campaignId: CAMPAIGN,
    language,
  });
  expect(created.status).toBe(201);
  return { manager, feedId: created.body.id as string };
}

async function importedItems(feedId: string) {
  const records = await service.repositories.audit.page(
    DEMO_TENANT_ID,
    { entityId: feedId, action: 'feed.imported' },
    50,
  );
  const ids = records.items.flatMap((record) => (record.after as { itemIds: string[] }).itemIds);
  return Promise.all(ids.map(async (id) => (await service.repositories.content.get(DEMO_TENANT_ID, id))!));
}

describe('intranet feeds become draft content', () => {
  it('an RSS feed: new entries become drafts; a second poll imports nothing new; a new entry imports one', async () => {
    documents.set('/news.rss', rss([2, 1]));
    const { manager, feedId } = await addFeed('/news.rss');

    const first = await manager.post(`/api/v1/studio/feeds/${feedId}/poll`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'ok', imported: 2, entries: 2 });
    const drafts = await importedItems(feedId);
    expect(drafts.map((draft) => draft.title.fr).sort()).toEqual([
      'Actualité n°1 & suite',
      'Actualité n°2 & suite',
    ]);
    expect(drafts[0]).toMatchObject({
      status: 'draft',
      campaignId: CAMPAIGN,
      brandId: 'brand-mobility',
      authorId: DEMO_MANAGER_ID,
      preview: {
        description: { fr: expect.stringMatching(/^Résumé \d$/), en: expect.stringMatching(/^Résumé/) },
      },
    });
    expect(drafts[0]!.texts.map((text) => text.network)).toEqual(['linkedin', 'x', 'linkedin', 'x']);

    expect((await manager.post(`/api/v1/studio/feeds/${feedId}/poll`)).body).toMatchObject({ imported: 0 });

    documents.set('/news.rss', rss([3, 2, 1]));
    expect((await manager.post(`/api/v1/studio/feeds/${feedId}/poll`)).body).toMatchObject({ imported: 1 });
    expect(await importedItems(feedId)).toHaveLength(3);

    const listed = await manager.get('/api/v1/studio/feeds');
    expect(listed.body.items.find((feed: { id: string }) => feed.id === feedId)).toMatchObject({
      title: 'SharePoint news',
      lastPoll: { status: 'ok', imported: 1, entries: 3 },
    });
    expect(listed.body.campaigns.map((campaign: { id: string }) => campaign.id)).toContain(CAMPAIGN);
  });

  it('an Atom feed, polled by the background job: the feed’s declared language decides', async () => {
    documents.set('/blog.atom', ATOM);
    const { feedId } = await addFeed('/blog.atom', 'fr');
    await runJobOnce(
      feedPollJob(
        service.repositories,
        { pollIntervalMs: 60_000, fetchTimeoutMs: FETCH_TIMEOUT_MS },
        outboundAddressPolicy({ allowPrivate: true, intranetRanges: [] }),
        createLogger('silent'),
      ),
    );
    const [draft] = await importedItems(feedId);
    expect(draft).toMatchObject({
      title: { en: 'Solar storage', fr: 'Solar storage' },
      url: 'https://blog.aurore-demo.example/solar',
    });
    expect(draft!.texts[0]).toMatchObject({ network: 'linkedin', language: 'en' });
    const [record] = (
      await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: feedId, action: 'feed.imported' }, 5)
    ).items;
    expect(record!.actor).toMatchObject({ id: 'system:feed-poll', name: 'Intranet import' });
  });

  it('a slow feed is given up after the time box; a malformed one says why; neither imports anything', async () => {
    const slow = await addFeed('/slow');
    const started = Date.now();
    const timedOut = await slow.manager.post(`/api/v1/studio/feeds/${slow.feedId}/poll`);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(timedOut.body).toEqual({
      status: 'error',
      at: expect.any(String),
      code: 'feed.timedOut',
      params: { seconds: 0.4 },
      message: 'The feed did not answer within 0.4 s.',
    });

    documents.set('/broken.rss', '<rss version="2.0"><channel><item><title>Half</title></channel></rss>');
    const broken = await addFeed('/broken.rss');
    const refused = await broken.manager.post(`/api/v1/studio/feeds/${broken.feedId}/poll`);
    expect(refused.body).toMatchObject({
      status: 'error',
      code: 'feed.notWellFormed',
      message: expect.stringMatching(/^The feed is not well-formed XML/),
    });

    documents.set('/page.html', '<html><body>Sign in</body></html>');
    const page = await addFeed('/page.html');
    expect((await page.manager.post(`/api/v1/studio/feeds/${page.feedId}/poll`)).body).toMatchObject({
      code: 'feed.notAFeed',
      message: 'The address does not serve an RSS 2.0 or Atom feed.',
    });

    for (const feedId of [slow.feedId, broken.feedId, page.feedId]) {
      expect(await importedItems(feedId)).toEqual([]);
      expect((await service.repositories.feeds.get(DEMO_TENANT_ID, feedId))!.lastPoll?.status).toBe('error');
    }
  });

  it('feed settings: a campaign must exist, an address is imported once, changes and deletion are audited', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const url = `${intranetUrl}/settings.rss`;
    const noCampaign = await manager.post('/api/v1/studio/feeds', {
      url,
      campaignId: 'campaign-nope',
      language: 'fr',
    });
    expect(noCampaign.body.errors).toEqual([
      { field: 'body.campaignId', code: 'field.noSuchCampaign', message: 'no such campaign' },
    ]);
    expect(
      (
        await manager.post('/api/v1/studio/feeds', {
          url: 'ftp://intranet/x',
          campaignId: CAMPAIGN,
          language: 'fr',
        })
      ).status,
    ).toBe(400);

    const created = await manager.post('/api/v1/studio/feeds', { url, campaignId: CAMPAIGN, language: 'fr' });
    expect(
      (await manager.post('/api/v1/studio/feeds', { url, campaignId: CAMPAIGN, language: 'en' })).status,
    ).toBe(409);
    const updated = await manager.put(`/api/v1/studio/feeds/${created.body.id}`, {
      url,
      campaignId: 'campaign-recharge-soleil',
      language: 'en',
    });
    expect(updated.body).toMatchObject({ campaignId: 'campaign-recharge-soleil', language: 'en' });
    expect((await manager.delete(`/api/v1/studio/feeds/${created.body.id}`)).status).toBe(204);
    expect((await manager.post(`/api/v1/studio/feeds/${created.body.id}/poll`)).status).toBe(404);

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: created.body.id }, 10);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'feed.created',
      'feed.deleted',
      'feed.updated',
    ]);
  });
});
