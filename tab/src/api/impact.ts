import type { Impact } from '@contract/impact';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';

export function impactQuery(): ApiQuery<Impact> {
  return apiQuery<Impact>('/api/v1/me/impact');
}
