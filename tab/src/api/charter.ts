import { charterAcceptanceSchema, charterSchema } from '@contract/charter';
import type { AcceptCharter, Charter, CharterAcceptance } from '@contract/charter';
import { apiRequest } from './apiRequest';

export function getCharter(signal?: AbortSignal): Promise<Charter> {
  return apiRequest('/api/v1/charter', charterSchema, { signal });
}

/** An ambassador accepts a new major version of the charter. */
export function acceptCharter(request: AcceptCharter): Promise<CharterAcceptance> {
  return apiRequest('/api/v1/charter/acceptances', charterAcceptanceSchema, {
    method: 'POST',
    body: request,
  });
}
