import type { AcceptCharter, Charter, CharterAcceptance } from '@contract/charter';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function charterQuery(): ApiQuery<Charter> {
  return apiQuery<Charter>('/api/v1/charter', { longLived: true });
}

/** An ambassador accepts a new major version of the charter. */
export function acceptCharter(request: AcceptCharter): Promise<CharterAcceptance> {
  return apiRequest<CharterAcceptance>('/api/v1/charter/acceptances', {
    method: 'POST',
    changes: ['/api/v1/charter', '/api/v1/me', '/api/v1/library'],
    body: request,
  });
}
