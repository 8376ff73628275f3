import { impactSchema } from '@contract/impact';
import type { Impact } from '@contract/impact';
import { apiRequest } from './apiRequest';

export function getImpact(signal?: AbortSignal): Promise<Impact> {
  return apiRequest('/api/v1/me/impact', impactSchema, { signal });
}
