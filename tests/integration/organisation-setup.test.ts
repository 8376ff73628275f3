import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { AppRole } from '../../bot/src/contract/roles';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

/** Without demo data, the tenant the dev sign-in serves is as a new tenant is: no programme yet. */
const tenantId = DEMO_TENANT_ID;
let service: TestService;
beforeAll(async () => {
  service = await startTestService({ env: { DEMO_DATA: 'off' } });
});
afterAll(() => service.dispose());
beforeEach(() => service.repositories.organisations.delete(tenantId, tenantId));

async function caller(roles: AppRole[]) {
  const { token } = await service.devIssuer!.issue({
    tenantId,
    objectId: randomUUID(),
    name: 'First Administrator',
    username: 'admin@new-tenant.example',
    roles,
  });
  return (method: string, body?: unknown) =>
    getJson(`${service.url}/api/v1/organisation`, token, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
}

describe('setting a new tenant’s programme up', () => {
  it('is the first administrator’s to do, once, audited, through the API', async () => {
    const admin = await caller(['Programme.Admin']);
    const employee = await caller([]);
    expect((await employee('GET')).status).toBe(404);
    expect((await employee('POST', { name: 'Contoso', brands: [] })).status).toBe(403);

    const created = await admin('POST', {
      name: '  Contoso Énergie ',
      brands: [{ name: 'Contoso Solaire' }, { name: 'Contoso Solaire' }, { name: 'Contoso Éolien' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      tenantId,
      name: 'Contoso Énergie',
      brands: [
        { id: 'brand-contoso-solaire', name: 'Contoso Solaire' },
        { id: 'brand-contoso-solaire-2', name: 'Contoso Solaire' },
        { id: 'brand-contoso-eolien', name: 'Contoso Éolien' },
      ],
      groups: [],
      writingHelp: false,
    });
    expect((await employee('GET')).body.name).toBe('Contoso Énergie');

    const again = await admin('POST', { name: 'Other', brands: [] });
    expect(again.status).toBe(409);
    expect((await employee('GET')).body.name).toBe('Contoso Énergie');
    const audit = await service.repositories.audit.page(tenantId, { action: 'organisation.created' }, 10);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actor: { name: 'First Administrator' },
      after: { name: 'Contoso Énergie' },
    });
  });

  it('happens once when two administrators set it up at the same moment', async () => {
    const admin = await caller(['Programme.Admin']);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => admin('POST', { name: `Name ${index}`, brands: [] })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
  });

  it('names what is wrong in a setup it cannot take', async () => {
    const admin = await caller(['Programme.Admin']);
    const invalid = await admin('POST', { name: ' ', brands: [{ name: '' }], extra: true });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'body',
      'body.brands.0.name',
      'body.name',
    ]);
  });
});
