import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRole } from '../../bot/src/contract/roles';
import { appRoles } from '../../bot/src/contract/roles';
import { DEMO_EMPLOYEE_ID } from '../../bot/src/demo/demo-data';
import { apiRoutes } from '../../bot/src/http/api-routes';
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
