import type { CompanySummary, ProgrammeDashboard } from '@contract/insights';
import { otherGroupId, summaryMinGroupSize } from '@contract/insights';

/**
 * What every employee may read of the programme: aggregates only. Groups with fewer than `summaryMinGroupSize`
 * ambassadors are folded together into one "other" row, so no figure narrows down to a handful of people;
 * "other" itself is shown only if it gathers enough ambassadors, else it joins no row at all.
 */
export function companySummary(dashboard: ProgrammeDashboard): CompanySummary {
  const { kpis } = dashboard;
  const large = dashboard.byGroup.filter((group) => group.ambassadors >= summaryMinGroupSize);
  const small = dashboard.byGroup.filter((group) => group.ambassadors < summaryMinGroupSize);
  const other = {
    groupId: otherGroupId,
    name: { fr: '', en: '' },
    ambassadors: small.reduce((total, group) => total + group.ambassadors, 0),
    activeAmbassadors: small.reduce((total, group) => total + group.activeAmbassadors, 0),
    shares: small.reduce((total, group) => total + group.shares, 0),
  };
  return {
    period: dashboard.period,
    ambassadors: kpis.ambassadors.current,
    participationRate: kpis.participationRate.current,
    activeAmbassadors: kpis.activeAmbassadors,
    shares: kpis.shares,
    clicks: kpis.clicks,
    estimatedReach: kpis.estimatedReach,
    byNetwork: dashboard.byNetwork.map(({ network, shares, clicks }) => ({ network, shares, clicks })),
    byGroup: [
      ...large.map(({ groupId, name, ambassadors, activeAmbassadors, shares }) => ({
        groupId,
        name,
        ambassadors,
        activeAmbassadors,
        shares,
      })),
      ...(other.ambassadors >= summaryMinGroupSize ? [other] : []),
    ],
    topContent: dashboard.topContent.map(({ itemId, title, shares }) => ({ itemId, title, shares })),
  };
}
