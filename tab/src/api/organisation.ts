import { organisationSchema } from '@contract/organisation';
import type { Organisation, OrganisationSetup } from '@contract/organisation';
import { apiRequest } from './apiRequest';

export function getOrganisation(signal?: AbortSignal): Promise<Organisation> {
  return apiRequest('/api/v1/organisation', organisationSchema, { signal });
}

/** A new tenant's first administrator sets the programme up. */
export function setUpOrganisation(setup: OrganisationSetup): Promise<Organisation> {
  return apiRequest('/api/v1/organisation', organisationSchema, { method: 'POST', body: setup });
}
