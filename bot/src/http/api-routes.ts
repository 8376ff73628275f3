import type { AppRole } from '@contract/roles';
import type { ApiRoute } from './api-route';
import { getMe, updateMe } from './routes/me';
import { getOrganisation } from './routes/organisation';
import { listPeople } from './routes/studio-people';

const MANAGERS: readonly AppRole[] = ['Programme.Manager', 'Programme.Admin'];

/**
 * Every signed-in API route and who may call it, in one table: the authorization test walks it
 * route by route and role by role.
 */
export const apiRoutes: ApiRoute[] = [
  { method: 'get', path: '/api/v1/me', access: 'employee', handler: getMe },
  { method: 'patch', path: '/api/v1/me', access: 'employee', handler: updateMe },
  { method: 'get', path: '/api/v1/organisation', access: 'employee', handler: getOrganisation },
  { method: 'get', path: '/api/v1/studio/people', access: MANAGERS, handler: listPeople },
];
