import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import type { CharterVersionDoc } from '../../bot/src/domain/documents';
import { canReceiveNudges } from '../../bot/src/domain/enrolment';
import { apiAs, joinRequest } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

async function publishCharter(version: string) {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  const current = (await service.repositories.charters.get(DEMO_TENANT_ID, 'charter-1.0'))!;
  const next: CharterVersionDoc = {
    ...current,
    id: `charter-${version}`,
    version,
    major,
    minor,
    publishedAt: new Date().toISOString(),
  };
  await service.repositories.charters.upsert(next);
}

describe('joining the programme', () => {
  it('an employee reads the charter, which asks for acceptance, and joins in one step', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const charter = await employee.get('/api/v1/charter');
    expect(charter.status).toBe(200);
    expect(charter.body).toMatchObject({
      version: '1.0',
      acceptance: { required: true, minorUpdate: false },
    });
    expect(charter.body.body.fr.length).toBeGreaterThan(200);

    const joined = await employee.post('/api/v1/me/enrolment', joinRequest('1.0'));
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      status: 'ambassador',
      charterVersion: '1.0',
      languages: ['en', 'fr'],
    });
    expect((await employee.get('/api/v1/me')).body.enrolment.status).toBe('ambassador');
    expect((await employee.get('/api/v1/charter')).body.acceptance).toMatchObject({
      acceptedVersion: '1.0',
      required: false,
    });

    const [acceptance] = await service.repositories.acceptances.ofPerson(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID);
    expect(acceptance).toMatchObject({ version: '1.0', language: 'en', displayName: 'Sophie Martin' });
  });

  it('says which field is wrong, and changes nothing', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID);
    const bad = {
      ...joinRequest(),
      networks: [],
      preferences: { ...joinRequest().preferences, quietHours: { start: '25:00', end: '08:00' } },
    };
    const { status, body } = await admin.post('/api/v1/me/enrolment', bad);
    expect(status).toBe(400);
    expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'body.networks',
      'body.preferences.quietHours.start',
    ]);
    expect((await service.repositories.people.get(DEMO_TENANT_ID, DEMO_ADMIN_ID))!.enrolment.status).toBe(
      'not-enrolled',
    );
    expect(await service.repositories.acceptances.ofPerson(DEMO_TENANT_ID, DEMO_ADMIN_ID)).toEqual([]);
  });

  it('refuses an out-of-date charter version', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID);
    const { status, body } = await admin.post('/api/v1/me/enrolment', joinRequest('0.9'));
    expect(status).toBe(409);
    expect(body.errors[0].field).toBe('body.charterVersion');
  });
});

describe('new charter versions', () => {
  it('a minor version only informs; a major one blocks sharing until accepted again', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const share = () =>
      ambassador.post('/api/v1/library/item-01/shares', { network: 'x', language: 'fr', text: 'À lire' });

    await publishCharter('1.1');
    expect((await ambassador.get('/api/v1/charter')).body.acceptance).toEqual({
      acceptedVersion: '1.0',
      required: false,
      minorUpdate: true,
    });
    expect((await share()).status).toBe(201);

    await publishCharter('2.0');
    const refused = await share();
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('/problems/charter-acceptance-required');
    expect(refused.body).toMatchObject({ code: 'charter.notAccepted', params: { version: '2.0' } });

    expect(
      (await ambassador.post('/api/v1/charter/acceptances', { version: '2.0', language: 'fr' })).status,
    ).toBe(201);
    expect((await share()).status).toBe(200);
  });

  it('an administrator lists the acceptances and exports them as CSV', async () => {
    const admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
    const { body } = await admin.get('/api/v1/admin/charter/acceptances?limit=50');
    expect(body.items.map((item: { version: string }) => item.version)).toEqual(['2.0', '1.0']);
    const csv = await fetch(`${service.url}/api/v1/admin/charter/acceptances?format=csv`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('person_id,display_name,version,language,accepted_at');
    expect(lines).toHaveLength(3);
  });
});

describe('leaving, my data, erasure', () => {
  it('"My data" returns every record about the person', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const { status, body, response } = await ambassador.get('/api/v1/me/data');
    expect(status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('ambassade-my-data.json');
    expect(body.profile.id).toBe(DEMO_AMBASSADOR_ID);
    expect(body.charterAcceptances.map((a: { version: string }) => a.version)).toEqual(['2.0']);
    const stored = await service.repositories.shares.ofPerson(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(body.shares).toEqual(stored);
    expect(body.trackedLinks).toHaveLength(stored.length);
  });

  it('leaving stops nudges at once and leaves only anonymous activity behind', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    const before = await service.repositories.shares.ofPerson(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(
      canReceiveNudges((await service.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!),
    ).toBe(true);

    const { status, body } = await ambassador.delete('/api/v1/me/enrolment');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'left', networks: [], languages: [] });

    const person = (await service.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID))!;
    expect(canReceiveNudges(person)).toBe(false);
    expect(await service.repositories.shares.ofPerson(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID)).toEqual([]);
    // Each share went to the pseudonym, under an id built on it, and its tracked link followed.
    const after = await Promise.all(
      before.map(async (share) => {
        const link = await service.repositories.links.get(share.code);
        return service.repositories.shares.get(DEMO_TENANT_ID, link!.shareId);
      }),
    );
    expect(after.every((share) => share?.personId.startsWith('former-'))).toBe(true);
    expect(after.map((share) => share!.clicks)).toEqual(before.map((share) => share.clicks));
    expect(JSON.stringify(after)).not.toContain(DEMO_AMBASSADOR_ID);
    // The links people already follow keep working.
    expect((await fetch(`${service.url}/r/${before[0]!.code}`, { redirect: 'manual' })).status).toBe(302);
  });

  it('erasure removes the profile and confirms with a reference', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const { status, body } = await employee.delete('/api/v1/me');
    expect(status).toBe(200);
    expect(body.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(await service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID)).toBeUndefined();
    const acceptances = await service.repositories.acceptances.page(DEMO_TENANT_ID, 100);
    expect(JSON.stringify(acceptances.items)).not.toContain(DEMO_EMPLOYEE_ID);
    expect(JSON.stringify(acceptances.items)).not.toContain('Sophie Martin');
  });
});
