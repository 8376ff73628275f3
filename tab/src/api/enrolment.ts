import type { Enrolment, Join, UpdateEnrolment } from '@contract/enrolment';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/me/enrolment';

export function enrolmentQuery(): ApiQuery<Enrolment> {
  return apiQuery<Enrolment>(PATH);
}

/** Volunteers, accepting the current charter version in the same step. */
export function joinProgramme(request: Join): Promise<Enrolment> {
  return apiRequest<Enrolment>(PATH, {
    method: 'POST',
    changes: [PATH, '/api/v1/me', '/api/v1/library'],
    body: request,
  });
}

export function updateEnrolment(changes: UpdateEnrolment): Promise<Enrolment> {
  return apiRequest<Enrolment>(PATH, {
    method: 'PUT',
    changes: [PATH, '/api/v1/me', '/api/v1/library'],
    body: changes,
  });
}

/** Leaves the programme: nudges stop at once. */
export function leaveProgramme(): Promise<Enrolment> {
  return apiRequest<Enrolment>(PATH, {
    method: 'DELETE',
    changes: [PATH, '/api/v1/me', '/api/v1/library'],
  });
}
