import type { ErasureReceipt, Me, UpdateMe } from '@contract/me';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function meQuery(): ApiQuery<Me> {
  return apiQuery<Me>('/api/v1/me', { longLived: true });
}

export function updateMe(changes: UpdateMe): Promise<Me> {
  return apiRequest<Me>('/api/v1/me', { method: 'PATCH', changes: ['/api/v1/me'], body: changes });
}

/** Everything the service keeps about the person, as the JSON document they may download. */
export function getMyData(signal?: AbortSignal): Promise<unknown> {
  return apiRequest<unknown>('/api/v1/me/data', { signal });
}

/** Erases the person's data; the reference lets them follow up with the programme team. */
export function eraseMe(): Promise<ErasureReceipt> {
  return apiRequest<ErasureReceipt>('/api/v1/me', { method: 'DELETE' });
}
