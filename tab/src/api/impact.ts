import { impactSchema } from '@contract/impact';
import type { Impact } from '@contract/impact';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';

export function impactQuery(): ApiQuery<Impact> {
  return apiQuery('/api/v1/me/impact', impactSchema);
}
