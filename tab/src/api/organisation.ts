import { organisationSchema } from '@contract/organisation';
import type { Organisation, OrganisationSetup } from '@contract/organisation';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function organisationQuery(): ApiQuery<Organisation> {
  return apiQuery('/api/v1/organisation', organisationSchema, { longLived: true });
}

/** A new tenant's first administrator sets the programme up. */
export function setUpOrganisation(setup: OrganisationSetup): Promise<Organisation> {
  return apiRequest('/api/v1/organisation', organisationSchema, {
    method: 'POST',
    changes: ['/api/v1/organisation'],
    body: setup,
  });
}
