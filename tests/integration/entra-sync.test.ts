import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { FakeMicrosoftGraph } from '../support/fake-microsoft-graph';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const ENTRA_GROUP = '7b0e3f0a-5c1d-4e2f-9a8b-0c1d2e3f4a5b';
const NEWCOMER = {
  id: 'a1b2c3d4-0000-4000-8000-00000000aaaa',
  displayName: 'Zoé Nouvelle',
  mail: 'zoe@x.example',
};
const NO_MAIL = { id: 'a1b2c3d4-0000-4000-8000-00000000bbbb', displayName: 'Service Desk' };

let graph: FakeMicrosoftGraph;
let service: TestService;
beforeAll(async () => {
  // Two users per page, so three users take two pages.
  graph = await FakeMicrosoftGraph.start({ pageSize: 2 });
  // As App Service sets them for its managed identity: the service's real credential reads them.
  process.env['IDENTITY_ENDPOINT'] = graph.identityEndpoint;
  process.env['IDENTITY_HEADER'] = graph.identityHeader;
  service = await startTestService({ env: { GRAPH_MODE: 'managed-identity', GRAPH_BASE_URL: graph.url } });
});
afterAll(async () => {
  await service?.dispose();
  await graph?.close();
  delete process.env['IDENTITY_ENDPOINT'];
  delete process.env['IDENTITY_HEADER'];
});

describe('a group synchronised from Entra ID through Microsoft Graph', () => {
  it('follows both pages, waits as a 429 asks, and creates the people the programme did not know', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    expect((await manager.get('/api/v1/studio/groups')).body.entraSync).toBe(true);
    const group = await manager.post('/api/v1/studio/groups', {
      name: { fr: 'Lille', en: 'Lille' },
      kind: 'site',
    });
    graph.setGroup(ENTRA_GROUP, [{ id: DEMO_EMPLOYEE_ID, displayName: 'Sophie Martin' }, NEWCOMER, NO_MAIL]);
    graph.throttleNext(1);

    const sync = await manager.post(`/api/v1/studio/groups/${group.body.id}/entra-sync`, {
      entraGroupId: ENTRA_GROUP,
    });
    expect(sync.status).toBe(200);
    expect(sync.body).toMatchObject({
      entraGroupId: ENTRA_GROUP,
      members: 3,
      added: 3,
      created: 2,
      removed: 0,
    });

    // The token came from the managed identity endpoint, through the real Azure Identity credential.
    expect(graph.tokensIssued).toBeGreaterThan(0);
    const calls = graph.graphRequests();
    expect(calls.map((call) => call.status)).toEqual([429, 200, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);

    const newcomer = await service.repositories.people.get(DEMO_TENANT_ID, NEWCOMER.id);
    expect(newcomer).toMatchObject({
      displayName: 'Zoé Nouvelle',
      email: 'zoe@x.example',
      groupIds: [group.body.id],
      enrolment: { status: 'not-enrolled' },
    });
    const members = await manager.get(`/api/v1/studio/groups/${group.body.id}/members`);
    expect(members.body.items.map((person: { id: string }) => person.id).sort()).toEqual(
      [DEMO_EMPLOYEE_ID, NEWCOMER.id, NO_MAIL.id].sort(),
    );

    // The group now remembers its Entra ID group: the next sync needs no id and mirrors departures.
    graph.setGroup(ENTRA_GROUP, [NEWCOMER, NO_MAIL]);
    const again = await manager.post(`/api/v1/studio/groups/${group.body.id}/entra-sync`, {});
    expect(again.body).toMatchObject({ members: 2, added: 0, created: 0, removed: 1 });
    expect((await service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID))!.groupIds).not.toContain(
      group.body.id,
    );
    const listed = await manager.get('/api/v1/studio/groups');
    expect(listed.body.items.find((item: { id: string }) => item.id === group.body.id)).toMatchObject({
      entraGroupId: ENTRA_GROUP,
      memberCount: 2,
    });
  });

  it('answers 404 for an Entra ID group that does not exist, and changes nothing', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const group = await manager.post('/api/v1/studio/groups', {
      name: { fr: 'Vide', en: 'Empty' },
      kind: 'team',
    });
    const sync = await manager.post(`/api/v1/studio/groups/${group.body.id}/entra-sync`, {
      entraGroupId: '00000000-1111-4222-8333-444444444444',
    });
    expect(sync.status).toBe(404);
    expect(sync.body).toMatchObject({ code: 'entraSync.groupNotFound' });
    expect(sync.body.errors).toEqual([
      { field: 'body.entraGroupId', code: 'field.noSuchEntraGroup', message: 'no such Entra ID group' },
    ]);
    expect(
      (await service.repositories.groups.get(DEMO_TENANT_ID, group.body.id))!.entraGroupId,
    ).toBeUndefined();
  });
});
