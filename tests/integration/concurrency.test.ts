import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { apiAs, joinRequest } from '../support/api-client';
import { campaignInput } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

/** As a hostile (or simply impatient) client does it: the same request many times at once. */
const AT_ONCE = 100;

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

const statusesOf = (responses: { status: number }[]) => {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

async function eventsOf(type: string, personId: string) {
  const { resources } = await service.store
    .container('activity')
    .items.query({
      query: 'SELECT * FROM c WHERE c.type = @type AND c.personId = @personId',
      parameters: [
        { name: '@type', value: type },
        { name: '@personId', value: personId },
      ],
    })
    .fetchAll();
  return resources as { subjectId?: string; itemId?: string }[];
}

describe('the same request many times at once has exactly one effect', () => {
  it('one share confirmed 100 times: one record, one tracked link, one counted share', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, index) =>
        ambassador.post('/api/v1/library/item-02/shares', {
          network: 'linkedin',
          language: 'fr',
          text: `Texte ${index} #collaborateur`,
        }),
      ),
    );
    const statuses = statusesOf(responses);
    expect(Object.keys(statuses).every((status) => ['200', '201', '409'].includes(status))).toBe(true);
    expect(statuses[201]).toBe(1);

    const shares = await service.repositories.shares.ofPersonAndItem(
      DEMO_TENANT_ID,
      DEMO_AMBASSADOR_ID,
      'item-02',
    );
    const onLinkedIn = shares.filter((share) => share.network === 'linkedin');
    expect(onLinkedIn).toHaveLength(1);
    const [share] = onLinkedIn;
    // Every answered confirmation is kept, and only those.
    expect(share!.confirmations).toHaveLength((statuses[200] ?? 0) + 1);
    // Every answer handed out the one tracked link.
    const urls = new Set(responses.filter((r) => r.status < 300).map((r) => r.body.trackedUrl as string));
    expect([...urls]).toEqual([`${service.url.replace('127.0.0.1', 'localhost')}/r/${share!.code}`]);
    const { resources: links } = await service.store
      .container('links')
      .items.query({
        query: "SELECT * FROM c WHERE c.type = 'link' AND c.shareId = @shareId",
        parameters: [{ name: '@shareId', value: share!.id }],
      })
      .fetchAll();
    expect(links).toHaveLength(1);
    const counted = (await eventsOf('share', DEMO_AMBASSADOR_ID)).filter(
      (event) => event.subjectId === share!.id,
    );
    expect(counted).toHaveLength(1);
  });

  it('one person joining 100 times: one join', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const before = (await eventsOf('join', DEMO_EMPLOYEE_ID)).length;
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, () => employee.post('/api/v1/me/enrolment', joinRequest())),
    );
    expect(statusesOf(responses)).toEqual({ 201: 1, 409: AT_ONCE - 1 });
    expect((await eventsOf('join', DEMO_EMPLOYEE_ID)).length - before).toBe(1);
  });

  it('one feed added 20 times: one feed', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const campaigns = (await manager.get('/api/v1/studio/campaigns')).body.items as { id: string }[];
    const feed = {
      url: 'https://intranet.aurore-demo.example/news.rss',
      campaignId: campaigns[0]!.id,
      language: 'fr',
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => manager.post('/api/v1/studio/feeds', feed)),
    );
    expect(statusesOf(responses)).toEqual({ 201: 1, 409: 19 });
    const listed = (await manager.get('/api/v1/studio/feeds')).body.items as { url: string }[];
    expect(listed.filter((item) => item.url === feed.url)).toHaveLength(1);
  });

  it('20 campaigns created at once with one name: 20 campaigns, 20 different slugs', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const input = campaignInput({ name: { fr: 'Même nom', en: 'Same name' } });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => manager.post('/api/v1/studio/campaigns', input)),
    );
    expect(statusesOf(responses)).toEqual({ 201: 20 });
    const slugs = new Set(responses.map((response) => response.body.slug as string));
    expect(slugs.size).toBe(20);
    expect(slugs).toContain('meme-nom');
  });

  it('100 edits of one campaign at once: each is saved or answered 409, never a 500', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const created = await manager.post('/api/v1/studio/campaigns', campaignInput());
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, index) =>
        manager.put(
          `/api/v1/studio/campaigns/${created.body.id}`,
          campaignInput({ name: { fr: `Nom ${index}`, en: `Name ${index}` } }),
        ),
      ),
    );
    const statuses = statusesOf(responses);
    expect(Object.keys(statuses).every((status) => ['200', '409'].includes(status))).toBe(true);
    for (const conflict of responses.filter((response) => response.status === 409)) {
      expect(conflict.contentType).toContain('application/problem+json');
    }
    const saved = (await manager.get(`/api/v1/studio/campaigns/${created.body.id}`)).body.campaign;
    const answered = responses
      .filter((response) => response.status === 200)
      .map((response) => response.body.name.en);
    expect(answered).toContain(saved.name.en);
  });

  it('100 edits sent with the version they read: one is saved, the others answered 412', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const created = await manager.post(
      '/api/v1/studio/campaigns',
      campaignInput({ name: { fr: 'Versionnée', en: 'Versioned' } }),
    );
    const path = `${service.url}/api/v1/studio/campaigns/${created.body.id}`;
    const opened = await getJson(path, manager.token);
    const version = opened.response.headers.get('etag')!;
    expect(version).toMatch(/^"/);
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, index) =>
        getJson(path, manager.token, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'if-match': version },
          body: JSON.stringify(campaignInput({ name: { fr: `Nom ${index}`, en: `Name ${index}` } })),
        }),
      ),
    );
    expect(statusesOf(responses)).toEqual({ 200: 1, 412: AT_ONCE - 1 });
    const [saved] = responses.filter((response) => response.status === 200);
    expect((await getJson(path, manager.token)).body.campaign.name).toEqual(saved!.body.name);
  });
});
