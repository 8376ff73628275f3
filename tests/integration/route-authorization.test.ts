import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsTables } from '../../bot/src/contract/insights';
import type { ProfileCoaching } from '../../bot/src/contract/profile-coaching';
import type { AppRole } from '../../bot/src/contract/roles';
import { appRoles } from '../../bot/src/contract/roles';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { apiRoutes } from '../../bot/src/http/api-routes';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

/** Every caller the API can meet: nobody, a plain employee, and a holder of each app role. */
const callers: { name: string; roles: AppRole[] | null }[] = [
  { name: 'anonymous', roles: null },
  { name: 'employee', roles: [] },
  ...appRoles.map((role) => ({ name: role, roles: [role] })),
];

function expectedStatus(
  access: (typeof apiRoutes)[number]['access'],
  roles: AppRole[] | null,
): 'allowed' | 401 | 403 {
  if (roles === null) return 401;
  if (access === 'employee') return 'allowed';
  return access.some((role) => roles.includes(role)) ? 'allowed' : 403;
}

/** Real ids where a route names one, so that reads about the ambassador and their groups answer with data. */
const realParams: Record<string, string> = {
  personId: DEMO_AMBASSADOR_ID,
  groupId: 'group-pilot',
  campaignId: 'campaign-douai-recrute',
  itemId: 'item-01',
};

/** Every GET address, with its real ids; the Insights export once per table, the audit log as CSV too. */
function readableAddresses(): string[] {
  return apiRoutes
    .filter((route) => route.method === 'get')
    .flatMap((route) => {
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => realParams[name] ?? `test-${name}`);
      if (path === '/api/v1/insights/export') {
        return insightsTables.map(
          (table) => `${path}?table=${table}&campaignId=${realParams.campaignId}&itemId=${realParams.itemId}`,
        );
      }
      if (path === '/api/v1/audit') return [path, `${path}?format=csv`];
      if (path === '/api/v1/studio/people') return [path, `${path}?q=Julien`];
      return [path];
    });
}

describe('the profile self-check is its owner’s alone', () => {
  it('no route shows it to anyone else, whatever their role: not a list, an export, a CSV nor the audit log', async () => {
    const owner = await apiAs(service, DEMO_AMBASSADOR_ID);
    const saved = await owner.put('/api/v1/me/profile-coaching', { done: ['photo', 'headline', 'featured'] });
    expect(saved.status).toBe(200);
    const check = saved.body as ProfileCoaching;
    // What would betray it: the field that holds it, and the moments the person ticked each point.
    const traces = [
      'profileCoaching',
      check.updatedAt!,
      ...check.points.flatMap((point) => (point.doneAt ? [point.doneAt] : [])),
    ];
    expect(traces).toHaveLength(5);
    // The owner's own export does carry it: the traces are real, and the reads below could find them.
    const ownExport = JSON.stringify((await owner.get('/api/v1/me/data')).body);
    for (const trace of traces) expect(ownExport).toContain(trace);

    const addresses = readableAddresses();
    for (const role of appRoles) {
      const reader = await apiAs(service, DEMO_MANAGER_ID, [role]);
      for (const address of addresses) {
        const { status, body } = await reader.get(address);
        expect(status, `${role} GET ${address}`).toBeLessThan(500);
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        for (const trace of traces) expect(text, `${role} GET ${address}`).not.toContain(trace);
      }
    }
  });
});

describe('every API route × every role', () => {
  it('the route table is not empty and has studio routes restricted by role', () => {
    expect(apiRoutes.length).toBeGreaterThan(0);
    expect(apiRoutes.some((route) => route.access !== 'employee')).toBe(true);
  });

  for (const route of apiRoutes) {
    for (const caller of callers) {
      const expected = expectedStatus(route.access, caller.roles);
      it(`${route.method.toUpperCase()} ${route.path} as ${caller.name} → ${expected}`, async () => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (caller.roles)
          headers['authorization'] =
            `Bearer ${await service.token({ objectId: DEMO_EMPLOYEE_ID, roles: caller.roles })}`;
        const response = await fetch(`${service.url}${route.path.replace(/:(\w+)/g, 'test-$1')}`, {
          method: route.method.toUpperCase(),
          headers,
          ...(route.method === 'get' || route.method === 'delete' ? {} : { body: '{}' }),
        });
        await response.body?.cancel();
        if (expected === 'allowed') {
          expect([401, 403]).not.toContain(response.status);
          expect(response.status).toBeLessThan(500);
        } else {
          expect(response.status).toBe(expected);
        }
      });
    }
  }
});
