import { organisationSchema } from '@contract/organisation';
import type { Organisation } from '@contract/organisation';
import { apiRequest } from './apiRequest';

export function getOrganisation(signal?: AbortSignal): Promise<Organisation> {
  return apiRequest('/api/v1/organisation', organisationSchema, { signal });
}
