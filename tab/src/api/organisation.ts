import type { Organisation, OrganisationSetup } from '@contract/organisation';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function organisationQuery(): ApiQuery<Organisation> {
  return apiQuery<Organisation>('/api/v1/organisation', { longLived: true });
}

/** A new tenant's first administrator sets the programme up. */
export function setUpOrganisation(setup: OrganisationSetup): Promise<Organisation> {
  return apiRequest<Organisation>('/api/v1/organisation', {
    method: 'POST',
    changes: ['/api/v1/organisation'],
    body: setup,
  });
}
