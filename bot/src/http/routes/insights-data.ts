import type {
  CampaignInsights,
  InsightsSettings,
  ItemInsights,
  PeriodQuery,
  ProgrammeDashboard,
  Retention,
} from '@contract/insights';
import { monthOf, monthsBetween, localDate } from '../../domain/insights/calendar';
import { programmeDashboard, topItemIds } from '../../domain/insights/dashboard';
import type { ItemRef } from '../../domain/insights/dashboard';
import { campaignInsights, itemInsights } from '../../domain/insights/drill-down';
import { resolvePeriod } from '../../domain/insights/period';
import { retentionCurve } from '../../domain/insights/retention';
import { ambassadorsOf } from '../../domain/insights/roster';
import { insightsSettingsOf } from '../../domain/insights/settings';
import type { ContentItemDoc } from '../../domain/documents';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';

/*
 * Reads what the Insights figures are computed from. Every read is by id, by day or per person: a dashboard
 * costs the same with a thousand events or a million.
 */

export async function insightsSettings(
  repositories: Repositories,
  tenantId: string,
): Promise<InsightsSettings> {
  return insightsSettingsOf(await repositories.organisations.find(tenantId));
}

async function periodCounters(repositories: Repositories, tenantId: string, query: PeriodQuery, now: Date) {
  const settings = await insightsSettings(repositories, tenantId);
  const period = resolvePeriod(query, now, settings);
  const [days, months] = await Promise.all([
    repositories.insights.days(tenantId, period.previousFrom, period.to, 'all'),
    repositories.insights.months(tenantId, monthsBetween(period.previousFrom, period.to)),
  ]);
  return { settings, period, days, months };
}

function itemRef(item: ContentItemDoc | undefined): ItemRef | undefined {
  return item && { title: item.title, campaignId: item.campaignId };
}

async function itemRefs(repositories: Repositories, tenantId: string, itemIds: readonly string[]) {
  const items = await Promise.all(itemIds.map((id) => repositories.content.get(tenantId, id)));
  return new Map(
    items.flatMap((item) => {
      const ref = itemRef(item);
      return item && ref ? [[item.id, ref] as const] : [];
    }),
  );
}

async function displayNames(repositories: Repositories, tenantId: string, personIds: readonly string[]) {
  const people = await Promise.all(personIds.map((id) => repositories.people.get(tenantId, id)));
  return new Map(people.flatMap((person) => (person ? [[person.id, person.displayName] as const] : [])));
}

export async function loadDashboard(
  repositories: Repositories,
  tenantId: string,
  query: PeriodQuery,
  now: Date,
): Promise<ProgrammeDashboard> {
  const settings = await insightsSettings(repositories, tenantId);
  const period = resolvePeriod(query, now, settings);
  // The previous period is only compared on its totals: its breakdowns are not read.
  const [
    days,
    previousDays,
    peopleIndex,
    roster,
    employees,
    campaigns,
    campaignCounters,
    groups,
    organisation,
  ] = await Promise.all([
    repositories.insights.days(tenantId, period.from, period.to, 'programme'),
    repositories.insights.days(tenantId, period.previousFrom, period.previousTo, 'totals'),
    repositories.insights.peopleIndex(tenantId),
    repositories.people.roster(tenantId),
    repositories.people.employees(tenantId),
    repositories.campaigns.list(tenantId),
    repositories.insights.campaignTotals(tenantId),
    repositories.groups.list(tenantId),
    repositories.organisations.find(tenantId),
  ]);
  const top = topItemIds(days, period.from, period.to).map(({ itemId }) => itemId);
  return programmeDashboard({
    period,
    rates: settings,
    now,
    days: [...previousDays, ...days],
    peopleIndex: peopleIndex ?? [],
    people: new Map(roster.map((person) => [person.id, person])),
    ambassadors: ambassadorsOf(roster),
    employees,
    campaigns,
    campaignCounters,
    groups,
    brands: organisation?.brands ?? [],
    items: await itemRefs(repositories, tenantId, top),
  });
}

export async function loadCampaignInsights(
  repositories: Repositories,
  tenantId: string,
  campaignId: string,
  query: PeriodQuery,
  now: Date,
): Promise<CampaignInsights> {
  const campaign = await repositories.campaigns.get(tenantId, campaignId);
  if (!campaign) throw ApiError.notFound('campaign.notFound', 'This campaign does not exist (any more).');
  const { settings, period, days, months } = await periodCounters(repositories, tenantId, query, now);
  const [[counters], roster, groups, content] = await Promise.all([
    repositories.insights.campaigns(tenantId, [campaignId]),
    repositories.people.roster(tenantId),
    repositories.groups.list(tenantId),
    repositories.content.ofCampaign(tenantId, campaignId),
  ]);
  const names = await displayNames(repositories, tenantId, Object.keys(counters?.people ?? {}));
  return campaignInsights({
    period,
    rates: settings,
    now,
    campaign,
    counters,
    days,
    months,
    ambassadors: ambassadorsOf(roster),
    names,
    groups,
    items: new Map(content.map((item) => [item.id, { title: item.title, campaignId: item.campaignId }])),
  });
}

export async function loadItemInsights(
  repositories: Repositories,
  tenantId: string,
  itemId: string,
  query: PeriodQuery,
  now: Date,
): Promise<ItemInsights> {
  const item = itemRef(await repositories.content.get(tenantId, itemId));
  if (!item) throw ApiError.notFound('content.notFound', 'This content does not exist (any more).');
  const { settings, period, days } = await periodCounters(repositories, tenantId, query, now);
  const counters = await repositories.insights.item(tenantId, itemId);
  const names = await displayNames(repositories, tenantId, Object.keys(counters?.people ?? {}));
  return itemInsights({ period, rates: settings, itemId, item, counters, days, names });
}

export async function loadRetention(
  repositories: Repositories,
  tenantId: string,
  cohorts: number,
  now: Date,
): Promise<Retention> {
  const { reportingTimeZone } = await insightsSettings(repositories, tenantId);
  const months = await repositories.insights.allMonths(tenantId);
  return {
    timeZone: reportingTimeZone,
    ...retentionCurve(months, monthOf(localDate(now, reportingTimeZone)), cohorts),
  };
}
