import { z } from 'zod';
import { erasureReceiptSchema, meSchema } from '@contract/me';
import type { ErasureReceipt, Me, UpdateMe } from '@contract/me';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

export function meQuery(): ApiQuery<Me> {
  return apiQuery('/api/v1/me', meSchema, { longLived: true });
}

export function updateMe(changes: UpdateMe): Promise<Me> {
  return apiRequest('/api/v1/me', meSchema, { method: 'PATCH', changes: ['/api/v1/me'], body: changes });
}

/** Everything the service keeps about the person, as the JSON document they may download. */
export function getMyData(signal?: AbortSignal): Promise<unknown> {
  return apiRequest('/api/v1/me/data', z.unknown(), { signal });
}

/** Erases the person's data; the reference lets them follow up with the programme team. */
export function eraseMe(): Promise<ErasureReceipt> {
  return apiRequest('/api/v1/me', erasureReceiptSchema, { method: 'DELETE' });
}
