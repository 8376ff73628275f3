import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const people = buildDemoData(new Date()).people;
const [first, second, third, fourth] = people.slice(10, 14);

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

async function newGroup(name: string) {
  const created = await manager.post('/api/v1/studio/groups', {
    name: { fr: name, en: name },
    kind: 'pilot',
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const importCsv = (groupId: string, csv: string) =>
  manager.post(`/api/v1/studio/groups/${groupId}/members/import`, { csv });

async function memberIds(groupId: string): Promise<string[]> {
  const page = await manager.get(`/api/v1/studio/groups/${groupId}/members?limit=100`);
  return page.body.items.map((person: { id: string }) => person.id).sort();
}

describe('renaming a group', () => {
  it('with the version an earlier save answered: refused with 412 once someone renamed it since', async () => {
    const groupId = await newGroup('Pilote Nantes');
    const path = `${service.url}/api/v1/studio/groups/${groupId}`;
    const rename = (name: string, version?: string) =>
      getJson(path, manager.token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...(version ? { 'if-match': version } : {}) },
        body: JSON.stringify({ name: { fr: name, en: name }, kind: 'pilot' }),
      });
    const mine = await rename('Pilote Nantes Est');
    const version = mine.response.headers.get('etag')!;
    expect((await rename('Pilote Nantes Ouest')).status).toBe(200);
    expect((await rename('Pilote Nantes Est (bis)', version)).status).toBe(412);
  });
});

describe('members from a CSV file', () => {
  it('A CSV with one bad row imports nothing and names the row; a good CSV imports all', async () => {
    const groupId = await newGroup('Pilote Lille');
    const bad = await importCsv(
      groupId,
      `email,name\n${first!.email},A\nnot-an-address,B\n${second!.email},C\n`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'csv.rowsToCorrect', params: { count: 1 } });
    expect(bad.body.errors).toEqual([
      { field: 'csv:3:email', code: 'csv.invalidEmail', message: 'This is not an email address.' },
    ]);
    expect(await memberIds(groupId)).toEqual([]);

    const good = await importCsv(
      groupId,
      `email,name\n${first!.email},A\n${third!.email},B\n${second!.email},C\n`,
    );
    expect(good.status).toBe(200);
    expect(good.body).toEqual({ added: 3, alreadyMembers: 0, duplicateRows: [] });
    expect(await memberIds(groupId)).toEqual([first!.id, second!.id, third!.id].sort());

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: groupId }, 10);
    expect(audit.items.map((record) => record.action).sort()).toEqual([
      'group.created',
      'group.members-imported',
    ]);
  });

  it('reads Excel’s French CSV (BOM, semicolons), counts duplicate rows once, and keeps existing members', async () => {
    const groupId = await newGroup('Douai nuit');
    await importCsv(groupId, `objectId\n${first!.id}\n`);
    const csv = `\uFEFFNom;Courriel;objectId\r\n"Dupont; Jean";${second!.email.toUpperCase()};\r\n;;${first!.id}\r\n;${second!.email};${second!.id}\r\n`;
    const imported = await importCsv(groupId, csv);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ added: 1, alreadyMembers: 1, duplicateRows: [4] });
    expect(await memberIds(groupId)).toEqual([first!.id, second!.id].sort());
  });

  it('names an unknown person by row and column, with a code the tab translates', async () => {
    const groupId = await newGroup('Inconnus');
    const response = await fetch(`${service.url}/api/v1/studio/groups/${groupId}/members/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${manager.token}`,
        'content-type': 'application/json',
        'accept-language': 'fr-FR',
      },
      body: JSON.stringify({ csv: `E-mail\n${fourth!.email}\npersonne@aurore-demo.example\n` }),
    });
    const problem = await response.json();
    expect(response.status).toBe(400);
    expect(problem).toMatchObject({ code: 'csv.rowsToCorrect', params: { count: 1 } });
    expect(problem.errors).toEqual([
      {
        field: 'csv:3:E-mail',
        code: 'csv.unknownPerson',
        message: 'Nobody in your organisation matches this.',
      },
    ]);
    expect(await memberIds(groupId)).toEqual([]);
  });

  it('refuses a file without an identifier column, or too large, as a problem naming the file', async () => {
    const groupId = await newGroup('Refus');
    expect((await importCsv(groupId, 'name\nJean\n')).body.errors[0].field).toBe('csv:1:*');
    const tooLarge = await importCsv(groupId, `email\n${'a'.repeat(80_001)}`);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.errors[0].field).toBe('body.csv');
  });
});

describe('groups by hand', () => {
  it('find people by name, add them, remove one, rename the group, delete it', async () => {
    const groupId = await newGroup('Ambassadeurs RH');
    const found = await manager.get(`/api/v1/studio/people?q=${encodeURIComponent('mart')}`);
    expect(found.body.items.map((person: { displayName: string }) => person.displayName)).toContain(
      'Sophie Martin',
    );
    // Accents aside, through the email: "elodie" finds "Élodie".
    const elodie = (await manager.get('/api/v1/studio/people?q=elodie')).body.items[0];
    expect(elodie.displayName).toBe('Élodie Rousseau');

    const sophie = found.body.items.find(
      (person: { displayName: string }) => person.displayName === 'Sophie Martin',
    );
    const added = await manager.post(`/api/v1/studio/groups/${groupId}/members`, {
      personIds: [sophie.id, elodie.id],
    });
    expect(added.body).toEqual({ added: 2, alreadyMembers: 0 });
    expect(
      (await manager.post(`/api/v1/studio/groups/${groupId}/members`, { personIds: ['nobody'] })).status,
    ).toBe(400);

    expect((await manager.delete(`/api/v1/studio/groups/${groupId}/members/${sophie.id}`)).status).toBe(204);
    expect(await memberIds(groupId)).toEqual([elodie.id]);

    const renamed = await manager.put(`/api/v1/studio/groups/${groupId}`, {
      name: { fr: 'Ambassadrices RH', en: 'HR ambassadors' },
      kind: 'team',
    });
    expect(renamed.body).toMatchObject({ name: { en: 'HR ambassadors' }, kind: 'team', memberCount: 1 });

    expect((await manager.delete(`/api/v1/studio/groups/${groupId}`)).status).toBe(204);
    expect((await manager.get(`/api/v1/studio/groups/${groupId}/members`)).status).toBe(404);
    expect((await service.repositories.people.get(DEMO_TENANT_ID, elodie.id))!.groupIds).not.toContain(
      groupId,
    );
  });

  it('keeps a group a campaign targets, saying which campaign', async () => {
    const response = await manager.delete('/api/v1/studio/groups/group-pilot');
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'group.targeted',
      detail: expect.stringMatching(/Campaigns target this group/),
    });
  });

  it('without Microsoft Graph configured, offers no Entra ID sync and refuses one', async () => {
    expect((await manager.get('/api/v1/studio/groups')).body.entraSync).toBe(false);
    const sync = await manager.post('/api/v1/studio/groups/group-pilot/entra-sync', {
      entraGroupId: '7b0e3f0a-5c1d-4e2f-9a8b-0c1d2e3f4a5b',
    });
    expect(sync.status).toBe(409);
  });
});
