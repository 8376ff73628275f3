import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const AMBASSADOR_NAME = 'Julien Moreau';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

const charterText = (title: string) => ({
  title: { fr: `${title} (FR)`, en: title },
  body: { fr: '## Règles\n\nSoyez vous-même.', en: '## Rules\n\nBe yourself.' },
});

describe('charter publication', () => {
  it('numbers versions from the release; a minor one informs, a major one requires acceptance again', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await admin.get('/api/v1/admin/charter-versions')).body.next).toEqual({
      major: '2.0',
      minor: '1.1',
    });

    const minor = await admin.post('/api/v1/admin/charter-versions', {
      release: 'minor',
      ...charterText('Charter'),
    });
    expect(minor.status).toBe(201);
    expect(minor.body).toMatchObject({ version: '1.1', major: 1, minor: 1, title: { en: 'Charter' } });
    expect((await ambassador.get('/api/v1/charter')).body).toMatchObject({
      version: '1.1',
      body: { en: '## Rules\n\nBe yourself.' },
      acceptance: { acceptedVersion: '1.0', required: false, minorUpdate: true },
    });

    const major = await admin.post('/api/v1/admin/charter-versions', {
      release: 'major',
      ...charterText('New'),
    });
    expect(major.body.version).toBe('2.0');
    expect((await ambassador.get('/api/v1/charter')).body.acceptance).toEqual({
      acceptedVersion: '1.0',
      required: true,
      minorUpdate: false,
    });
    const share = await ambassador.post('/api/v1/library/item-01/shares', {
      network: 'x',
      language: 'fr',
      text: 'À lire',
    });
    expect(share.status).toBe(409);
    expect(share.body.type).toBe('/problems/charter-acceptance-required');

    const versions = await admin.get('/api/v1/admin/charter-versions');
    expect(versions.body.items.map((version: { version: string }) => version.version)).toEqual([
      '2.0',
      '1.1',
      '1.0',
    ]);
    expect(versions.body.next).toEqual({ major: '3.0', minor: '2.1' });
  });

  it('needs both languages, and names what is missing', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    const refused = await admin.post('/api/v1/admin/charter-versions', {
      release: 'minor',
      title: { fr: 'Charte', en: ' ' },
      body: { fr: 'Texte', en: 'Text' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['body.title.en']);
  });
});

describe('the audit log', () => {
  it('filters by entity, action, actor and dates, pages, and exports CSV', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager'], 'Claire Dumont');
    const reviewer = await apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const group = await manager.post('/api/v1/studio/groups', {
      name: { fr: 'Audit', en: 'Audit' },
      kind: 'team',
    });
    await manager.put(`/api/v1/studio/groups/${group.body.id}`, {
      name: { fr: 'Audit 2', en: 'Audit 2' },
      kind: 'team',
    });

    const forGroup = await reviewer.get(`/api/v1/audit?entityType=group&entityId=${group.body.id}`);
    expect(forGroup.status).toBe(200);
    expect(forGroup.body.items.map((record: { action: string }) => record.action).sort()).toEqual([
      'group.created',
      'group.updated',
    ]);
    const updated = forGroup.body.items.find(
      (record: { action: string }) => record.action === 'group.updated',
    );
    expect(updated).toMatchObject({
      actor: { id: DEMO_MANAGER_ID, name: 'Claire Dumont', roles: ['Programme.Manager'] },
      before: { name: { en: 'Audit' } },
      after: { name: { en: 'Audit 2' } },
    });

    const published = await reviewer.get('/api/v1/audit?action=charter.published');
    expect(
      published.body.items.map((record: { after: { version: string } }) => record.after.version),
    ).toEqual(['2.0', '1.1']);
    const byActor = await reviewer.get(`/api/v1/audit?actorId=${DEMO_ADMIN_ID}`);
    expect(
      byActor.body.items.every((record: { actor: { id: string } }) => record.actor.id === DEMO_ADMIN_ID),
    ).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await reviewer.get(`/api/v1/audit?from=${today}&to=${today}`)).body.items.length,
    ).toBeGreaterThanOrEqual(4);
    expect((await reviewer.get('/api/v1/audit?to=2000-01-01')).body.items).toEqual([]);
    expect((await reviewer.get(`/api/v1/audit?from=${today}&to=2000-01-01`)).status).toBe(400);

    const first = await reviewer.get('/api/v1/audit?limit=1');
    expect(first.body.items).toHaveLength(1);
    const next = await reviewer.get(
      `/api/v1/audit?limit=1&continuationToken=${encodeURIComponent(first.body.continuationToken)}`,
    );
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);

    const csv = await fetch(`${service.url}/api/v1/audit?format=csv&entityId=${group.body.id}`, {
      headers: { authorization: `Bearer ${reviewer.token}` },
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'at,actor_id,actor_name,actor_roles,action,entity_type,entity_id,entity_title_fr,entity_title_en,before,after',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${DEMO_MANAGER_ID},Claire Dumont,Programme.Manager,group.`);
  });

  it('managers and ambassadors may not read it', async () => {
    expect(
      (await (await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager'])).get('/api/v1/audit')).status,
    ).toBe(403);
    expect((await (await apiAs(service, DEMO_AMBASSADOR_ID)).get('/api/v1/audit')).status).toBe(403);
  });

  it('leaving and erasure are recorded; after erasure, nothing in the log names the person', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID, [], AMBASSADOR_NAME);
    await ambassador.post('/api/v1/charter/acceptances', { version: '2.0', language: 'fr' });
    expect((await ambassador.delete('/api/v1/me/enrolment')).status).toBe(200);

    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    const left = await admin.get(`/api/v1/audit?entityType=person&entityId=${DEMO_AMBASSADOR_ID}`);
    expect(left.body.items).toEqual([
      expect.objectContaining({
        action: 'person.left',
        actor: expect.objectContaining({ name: AMBASSADOR_NAME }),
      }),
    ]);

    const erased = await ambassador.delete('/api/v1/me');
    expect(erased.status).toBe(200);
    const { reference } = erased.body;
    const aboutThem = await admin.get(`/api/v1/audit?entityType=person&entityId=${reference}`);
    expect(aboutThem.body.items.map((record: { action: string }) => record.action).sort()).toEqual([
      'person.erased',
      'person.left',
    ]);
    for (const record of aboutThem.body.items)
      expect(record.actor).toEqual({ id: reference, name: '', roles: [] });

    const everything = await service.repositories.audit.page(DEMO_TENANT_ID, {}, 100);
    const text = JSON.stringify(everything.items);
    expect(text).not.toContain(AMBASSADOR_NAME);
    expect(text).not.toContain(DEMO_AMBASSADOR_ID);
  });
});
