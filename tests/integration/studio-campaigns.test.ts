import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { campaignInput, contentInput, inDays } from '../support/studio-fixtures';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

const create = async (overrides: Record<string, unknown> = {}) => {
  const { status, body } = await manager.post('/api/v1/studio/campaigns', campaignInput(overrides));
  expect(status).toBe(201);
  return body as { id: string; slug: string; status: string };
};
const setStatus = (id: string, status: string) =>
  manager.put(`/api/v1/studio/campaigns/${id}/status`, { status });

describe('campaigns in the studio', () => {
  it('start as drafts, with a slug from the name that stays unique in the tenant', async () => {
    const first = await create({ name: { fr: 'Semaine de l’industrie', en: 'Industry week' } });
    const second = await create({ name: { fr: 'Semaine de l’industrie', en: 'Industry week' } });
    expect(first).toMatchObject({ status: 'draft', slug: 'semaine-de-lindustrie' });
    expect(second.slug).toBe('semaine-de-lindustrie-2');
    const list = (await manager.get('/api/v1/studio/campaigns')).body.items as { id: string }[];
    expect(list.map((campaign) => campaign.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it('follow their dates once planned: scheduled before the start, live during, ended after', async () => {
    const campaign = await create({ startsAt: inDays(2), endsAt: inDays(10) });
    expect((await setStatus(campaign.id, 'scheduled')).body.status).toBe('scheduled');

    const update = (startsAt: string, endsAt: string) =>
      manager.put(`/api/v1/studio/campaigns/${campaign.id}`, campaignInput({ startsAt, endsAt }));
    expect((await update(inDays(-1), inDays(10))).body.status).toBe('live');
    expect((await update(inDays(-10), inDays(-1))).body.status).toBe('ended');
    // Only the decision is stored; live and ended are read from the dates.
    expect((await service.repositories.campaigns.get(DEMO_TENANT_ID, campaign.id))?.status).toBe('scheduled');
  });

  it('only open campaigns reach the library: a draft’s content stays out of it until planned', async () => {
    const campaign = await create();
    const item = (
      await manager.post(
        '/api/v1/studio/content',
        contentInput(campaign.id, [{ network: 'linkedin', language: 'fr', text: 'Venez visiter Douai' }]),
      )
    ).body as { id: string };
    await service.repositories.content.update(DEMO_TENANT_ID, item.id, (current) => ({
      ...current,
      status: 'published',
      publishedAt: new Date().toISOString(),
    }));
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.get(`/api/v1/library/${item.id}`)).status).toBe(404);
    await setStatus(campaign.id, 'scheduled');
    expect((await ambassador.get(`/api/v1/library/${item.id}`)).status).toBe(200);
  });

  it('refuses decisions the dates or the status do not allow, saying why', async () => {
    const live = await create();
    await setStatus(live.id, 'scheduled');
    const backToDraft = await setStatus(live.id, 'draft');
    expect(backToDraft.status).toBe(409);
    expect(backToDraft.body).toMatchObject({
      code: 'campaign.onlyScheduledToDraft',
      params: { status: 'live' },
      detail: 'Only a planned campaign that has not started can go back to draft; this one is live.',
    });
    expect((await setStatus(live.id, 'archived')).body.status).toBe('archived');
    const again = await setStatus(live.id, 'scheduled');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'campaign.onlyDraftPlanned', params: { status: 'archived' } });
    const edit = await manager.put(`/api/v1/studio/campaigns/${live.id}`, campaignInput());
    expect(edit.status).toBe(409);
  });

  it('refuses unknown brands and groups and a period ending before it starts, naming the fields', async () => {
    const { status, body } = await manager.post(
      '/api/v1/studio/campaigns',
      campaignInput({
        brandId: 'brand-nowhere',
        audience: { groupIds: ['group-pilot', 'group-nowhere'], brandIds: [], languages: [] },
      }),
    );
    expect(status).toBe(400);
    expect(body.errors.map((error: { field: string }) => error.field)).toEqual([
      'body.brandId',
      'body.audience.groupIds.1',
    ]);
    const backwards = await manager.post(
      '/api/v1/studio/campaigns',
      campaignInput({ startsAt: inDays(5), endsAt: inDays(1) }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('body.endsAt');
  });

  it('shows a campaign’s content and its progress against its targets', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    await ambassador.post('/api/v1/library/item-01/shares', {
      network: 'x',
      language: 'fr',
      text: 'Douai recrute !',
    });
    const { status, body } = await manager.get('/api/v1/studio/campaigns/campaign-douai-recrute');
    expect(status).toBe(200);
    expect(body.campaign).toMatchObject({ status: 'live', targets: { shares: 150, clicks: 2000 } });
    expect(body.items.map((item: { id: string }) => item.id)).toContain('item-01');
    expect(body.progress.shares).toBeGreaterThanOrEqual(1);
    expect(body.progress.participants).toBeGreaterThanOrEqual(1);
    expect(body.progress.eligibleAmbassadors).toBeGreaterThanOrEqual(body.progress.participants);
    expect(body.progress.participationRate).toBeCloseTo(
      body.progress.participants / body.progress.eligibleAmbassadors,
    );
  });

  it('deletes only drafts without content; every change is in the audit log with before and after', async () => {
    const draft = await create({ name: { fr: 'À supprimer', en: 'To delete' } });
    expect((await manager.delete(`/api/v1/studio/campaigns/${draft.id}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/studio/campaigns/${draft.id}`)).status).toBe(404);
    expect((await manager.delete('/api/v1/studio/campaigns/campaign-douai-recrute')).status).toBe(409);

    const planned = await create({ name: { fr: 'Audité', en: 'Audited' } });
    await setStatus(planned.id, 'scheduled');
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: planned.id }, 10);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'campaign.created',
      'campaign.scheduled',
    ]);
    const scheduled = audit.items.find((record) => record.action === 'campaign.scheduled')!;
    expect(scheduled).toMatchObject({
      actor: { id: DEMO_MANAGER_ID },
      before: { status: 'draft' },
      after: { status: 'live' },
    });
    const deleted = await service.repositories.audit.page(DEMO_TENANT_ID, { action: 'campaign.deleted' }, 10);
    expect(deleted.items[0]?.before).toMatchObject({ id: draft.id });
  });

  it('is for managers and administrators only', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    expect((await admin.get('/api/v1/studio/campaigns')).status).toBe(200);
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.get('/api/v1/studio/campaigns')).status).toBe(403);
  });
});

describe('editing a campaign someone else changed', () => {
  it('is refused with 412 when the version it was opened at is no longer current, and loses nothing', async () => {
    const campaign = await create({ name: { fr: 'Deux onglets', en: 'Two tabs' } });
    const path = `${service.url}/api/v1/studio/campaigns/${campaign.id}`;
    const put = (version: string | undefined, name: string) =>
      getJson(path, manager.token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...(version ? { 'if-match': version } : {}) },
        body: JSON.stringify(campaignInput({ name: { fr: name, en: name } })),
      });
    const opened = (await getJson(path, manager.token)).response.headers.get('etag')!;

    const first = await put(opened, 'First edit');
    expect(first.status).toBe(200);
    const next = first.response.headers.get('etag')!;
    expect(next).not.toBe(opened);

    const stale = await put(opened, 'Second edit, from the older tab');
    expect(stale.status).toBe(412);
    expect(stale.contentType).toContain('application/problem+json');
    expect(stale.body).toMatchObject({
      code: 'write.changedSince',
      detail: 'Someone changed this since you opened it: nothing was saved.',
    });
    expect((await getJson(path, manager.token)).body.campaign.name.en).toBe('First edit');

    expect((await put(next, 'Third edit')).status).toBe(200);
    expect((await put('not-an-etag', 'Bent')).status).toBe(400);
    // A client that sends no version still edits as before.
    expect((await put(undefined, 'Without a version')).status).toBe(200);
  });
});
