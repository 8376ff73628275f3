import type { AppRole } from '@contract/roles';
import type { ApiRoute } from './api-route';
import { acceptCharter, getCharter, listAcceptances } from './routes/charter';
import { changeEnrolment, getEnrolment, join, leave } from './routes/enrolment';
import { getLibraryItem, listLibrary } from './routes/library';
import { getMe, updateMe } from './routes/me';
import { eraseMe, exportMyData, getImpact } from './routes/my-data';
import { share } from './routes/shares';
import { getOrganisation } from './routes/organisation';
import { listPeople } from './routes/studio-people';

const MANAGERS: readonly AppRole[] = ['Programme.Manager', 'Programme.Admin'];
const ADMINS: readonly AppRole[] = ['Programme.Admin'];

/**
 * Every signed-in API route and who may call it, in one table: the authorization test walks it
 * route by route and role by role.
 */
export const apiRoutes: ApiRoute[] = [
  { method: 'get', path: '/api/v1/me', access: 'employee', handler: getMe },
  { method: 'patch', path: '/api/v1/me', access: 'employee', handler: updateMe },
  { method: 'delete', path: '/api/v1/me', access: 'employee', handler: eraseMe },
  { method: 'get', path: '/api/v1/me/data', access: 'employee', handler: exportMyData },
  { method: 'get', path: '/api/v1/me/impact', access: 'employee', handler: getImpact },
  { method: 'get', path: '/api/v1/me/enrolment', access: 'employee', handler: getEnrolment },
  { method: 'post', path: '/api/v1/me/enrolment', access: 'employee', handler: join },
  { method: 'put', path: '/api/v1/me/enrolment', access: 'employee', handler: changeEnrolment },
  { method: 'delete', path: '/api/v1/me/enrolment', access: 'employee', handler: leave },
  { method: 'get', path: '/api/v1/organisation', access: 'employee', handler: getOrganisation },
  { method: 'get', path: '/api/v1/charter', access: 'employee', handler: getCharter },
  { method: 'post', path: '/api/v1/charter/acceptances', access: 'employee', handler: acceptCharter },
  { method: 'get', path: '/api/v1/library', access: 'employee', handler: listLibrary },
  { method: 'get', path: '/api/v1/library/:itemId', access: 'employee', handler: getLibraryItem },
  { method: 'post', path: '/api/v1/library/:itemId/shares', access: 'employee', handler: share },
  { method: 'get', path: '/api/v1/studio/people', access: MANAGERS, handler: listPeople },
  { method: 'get', path: '/api/v1/admin/charter/acceptances', access: ADMINS, handler: listAcceptances },
];
