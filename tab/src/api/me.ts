import { meSchema } from '@contract/me';
import type { Me, UpdateMe } from '@contract/me';
import { apiRequest } from './apiRequest';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('/api/v1/me', meSchema, { signal });
}

export function updateMe(changes: UpdateMe): Promise<Me> {
  return apiRequest('/api/v1/me', meSchema, { method: 'PATCH', body: changes });
}
