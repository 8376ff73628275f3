import { enrolmentSchema } from '@contract/enrolment';
import type { Enrolment, Join, UpdateEnrolment } from '@contract/enrolment';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/me/enrolment';

export function getEnrolment(signal?: AbortSignal): Promise<Enrolment> {
  return apiRequest(PATH, enrolmentSchema, { signal });
}

/** Volunteers, accepting the current charter version in the same step. */
export function joinProgramme(request: Join): Promise<Enrolment> {
  return apiRequest(PATH, enrolmentSchema, { method: 'POST', body: request });
}

export function updateEnrolment(changes: UpdateEnrolment): Promise<Enrolment> {
  return apiRequest(PATH, enrolmentSchema, { method: 'PUT', body: changes });
}

/** Leaves the programme: nudges stop at once. */
export function leaveProgramme(): Promise<Enrolment> {
  return apiRequest(PATH, enrolmentSchema, { method: 'DELETE' });
}
