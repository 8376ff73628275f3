import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryItemSummary } from '../../bot/src/contract/library';
import type { LeadersParticipation } from '../../bot/src/contract/leaders';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

/** Thomas Girard, an ambassador of the pilot group; Antoine Lambert is the demo's own leader. */
const THOMAS_ID = demoPersonId(6);
const ANTOINE_ID = demoPersonId(12);
const leaderPath = `/api/v1/admin/people/${THOMAS_ID}/leader`;

let service: TestService;
let admin: Awaited<ReturnType<typeof apiAs>>;
let thomas: Awaited<ReturnType<typeof apiAs>>;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
  thomas = await apiAs(service, THOMAS_ID);
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
});
afterAll(() => service.dispose());

const creditsOn = async (itemId: string) =>
  ((await ambassador.get(`/api/v1/library/${itemId}`)).body as LibraryItemSummary).sharedByLeaders;

describe('leaders who show the way', () => {
  it('an item a leader shared says so in the library of other ambassadors, and the library filters by it', async () => {
    const marked = await admin.put(leaderPath, { title: 'Directeur industriel' });
    expect(marked.status).toBe(200);
    expect(marked.body.leader).toEqual({ title: 'Directeur industriel' });
    expect(await creditsOn('item-01')).toBeUndefined();

    const shared = await thomas.post('/api/v1/library/item-01/shares', {
      network: 'linkedin',
      language: 'fr',
      text: 'Notre usine recrute, parlez-en autour de vous.',
    });
    expect(shared.status).toBe(201);

    const credit = { id: THOMAS_ID, displayName: 'Thomas Girard', title: 'Directeur industriel' };
    expect(await creditsOn('item-01')).toEqual([credit]);
    const list = (await ambassador.get('/api/v1/library?limit=50')).body.items as LibraryItemSummary[];
    expect(list.find((item) => item.id === 'item-01')?.sharedByLeaders).toEqual([credit]);

    const filtered = (await ambassador.get('/api/v1/library?sharedBy=leaders&limit=50')).body
      .items as LibraryItemSummary[];
    expect(filtered.map((item) => item.id)).toContain('item-01');
    expect(filtered.every((item) => (item.sharedByLeaders ?? []).length > 0)).toBe(true);
    expect(filtered.length).toBeLessThan(list.length);
    // The demo's own leader shared some items before anyone signed in.
    expect(filtered.some((item) => item.sharedByLeaders?.some((leader) => leader.id === ANTOINE_ID))).toBe(
      true,
    );
  });

  it('follows the leader’s new title, forgets them when unmarked, and credits their earlier shares when marked again', async () => {
    await admin.put(leaderPath, { title: 'Directeur des opérations' });
    expect((await creditsOn('item-01'))?.[0]?.title).toBe('Directeur des opérations');

    const unmarked = await admin.delete(leaderPath);
    expect(unmarked.status).toBe(200);
    expect(unmarked.body.leader).toBeUndefined();
    expect(await creditsOn('item-01')).toBeUndefined();

    await admin.put(leaderPath, { title: 'Sponsor du programme' });
    expect((await creditsOn('item-01'))?.[0]?.title).toBe('Sponsor du programme');

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: THOMAS_ID }, 50);
    expect(audit.items.map((record) => record.action)).toEqual(
      expect.arrayContaining(['person.leader-marked', 'person.leader-unmarked']),
    );
  });

  it('is refused to a programme manager: marking leaders is an administrator’s decision', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    expect((await manager.put(leaderPath, { title: 'CEO' })).status).toBe(403);
    expect((await admin.put('/api/v1/admin/people/nobody/leader', { title: 'CEO' })).status).toBe(404);
    expect((await admin.put(leaderPath, { title: ' ' })).status).toBe(400);
  });

  it('Insights counts the leaders who shared in the period and their shares', async () => {
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const { status, body } = await manager.get('/api/v1/insights/leaders');
    expect(status).toBe(200);
    const participation = body as LeadersParticipation;
    const row = participation.leaders.find((leader) => leader.id === THOMAS_ID);
    expect(row).toEqual({
      id: THOMAS_ID,
      displayName: 'Thomas Girard',
      title: 'Sponsor du programme',
      shares: expect.any(Number),
    });
    expect(row!.shares).toBeGreaterThanOrEqual(1);
    expect(participation.leaders.map((leader) => leader.id)).toContain(ANTOINE_ID);
    expect(participation.sharing).toBe(participation.leaders.filter((leader) => leader.shares > 0).length);
  });

  it('a leader who leaves the programme stops being shown', async () => {
    expect((await thomas.delete('/api/v1/me/enrolment')).status).toBe(200);
    expect(await creditsOn('item-01')).toBeUndefined();
    const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const participation = (await manager.get('/api/v1/insights/leaders')).body as LeadersParticipation;
    expect(participation.leaders.map((leader) => leader.id)).not.toContain(THOMAS_ID);
  });
});
