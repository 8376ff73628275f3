import type { PeriodQuery } from '@contract/insights';
import type { LeadersParticipation } from '@contract/leaders';
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';

/** Programme managers: each leader's shares over the period. */
export function leadersParticipationQuery(period: PeriodQuery): ApiQuery<LeadersParticipation> {
  const params = new URLSearchParams();
  if (period.from && period.to) {
    params.set('from', period.from);
    params.set('to', period.to);
  }
  const search = params.toString();
  return apiQuery<LeadersParticipation>(`/api/v1/insights/leaders${search ? `?${search}` : ''}`);
}
