import { periodQuerySchema } from '@contract/insights';
import { leadersParticipationSchema } from '@contract/leaders';
import type { LeadersParticipation } from '@contract/leaders';
import { addDays } from '../../domain/insights/calendar';
import { leadersParticipation } from '../../domain/insights/leaders-participation';
import { resolvePeriod } from '../../domain/insights/period';
import { handler } from '../api-route';
import { insightsSettings } from './insights-data';

/**
 * Leaders' shares over the period, from the same share events the other figures count. Reads the leaders'
 * events alone (an administrator marks a handful), so it costs the same however large the programme.
 */
export const getLeadersParticipation = handler({
  answer: leadersParticipationSchema,
  query: periodQuerySchema,
  async handle({ principal, services, query }): Promise<LeadersParticipation> {
    const { repositories } = services;
    const period = resolvePeriod(query, new Date(), await insightsSettings(repositories, principal.tenantId));
    const leaders = await repositories.people.leaders(principal.tenantId);
    // A day earlier than the period's first: any reporting time zone's day starts after it.
    const since = `${addDays(period.from, -1)}T00:00:00.000Z`;
    const shares = await repositories.activity.sharesSince(
      principal.tenantId,
      leaders.map((leader) => leader.id),
      since,
    );
    return leadersParticipation(leaders, shares, period);
  },
});
