import type { AmbassadorRow, CampaignInsights, ItemInsights, Period, SliceKpis } from '@contract/insights';
import { campaignProgress, sharersOf, targetsVsActual } from '../campaign-progress';
import { campaignStatus } from '../campaign-status';
import type { CampaignDoc, GroupDoc } from '../documents';
import type { Ambassador } from './roster';
import type {
  CampaignCountersDoc,
  DayCountersDoc,
  ItemCountersDoc,
  MonthActivityDoc,
} from './counter-documents';
import { count } from './counters';
import type { Counts } from './counters';
import { contentRow, dayRows, groupRows, networkRows } from './dashboard';
import type { ItemRef, Rates } from './dashboard';
import { activePeople, compare, daysIn, reachFigures, sumByKey, sumOver } from './kpis';

function sliceKpis(
  current: Counts,
  previous: Counts,
  active: number,
  previousActive: number,
  rates: Rates,
): SliceKpis {
  const now = reachFigures(current, rates);
  const before = reachFigures(previous, rates);
  return {
    shares: compare(now.shares, before.shares),
    clicks: compare(now.clicks, before.clicks),
    ctr: compare(now.ctr, before.ctr),
    estimatedReach: compare(now.estimatedReach, before.estimatedReach),
    earnedMediaValue: compare(now.earnedMediaValue, before.earnedMediaValue),
    activeAmbassadors: compare(active, previousActive),
  };
}

/** Individual figures, most shares first; `names` has today's display names (erased people have none). */
export function ambassadorRows(people: Record<string, Counts>, names: Map<string, string>): AmbassadorRow[] {
  return Object.entries(people)
    .map(([personId, counts]) => ({
      personId,
      displayName: names.get(personId) ?? '',
      shares: count(counts, 'shares'),
      clicks: count(counts, 'clicks'),
      estimatedReach: count(counts, 'reach'),
    }))
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.personId.localeCompare(b.personId));
}

export interface CampaignDrillDownInputs {
  period: Period;
  rates: Rates;
  now: Date;
  campaign: CampaignDoc;
  counters: CampaignCountersDoc | undefined;
  days: DayCountersDoc[];
  months: MonthActivityDoc[];
  ambassadors: Ambassador[];
  /** Display names of the people in `counters`. */
  names: Map<string, string>;
  groups: GroupDoc[];
  items: Map<string, ItemRef>;
}

/** One campaign over a period: its KPIs against the previous period, its targets, and its ambassadors. */
export function campaignInsights(inputs: CampaignDrillDownInputs): CampaignInsights {
  const { period, rates, campaign, months } = inputs;
  const id = campaign.id;
  const current = daysIn(inputs.days, period.from, period.to);
  const previous = daysIn(inputs.days, period.previousFrom, period.previousTo);
  const mask = (person: { campaigns: Record<string, number> }) => person.campaigns[id] ?? 0;
  const active = activePeople(months, period.from, period.to, mask);
  const previousActive = activePeople(months, period.previousFrom, period.previousTo, mask);
  const byItem = sumByKey(current, (day) => day.byItem);
  return {
    period,
    campaign: {
      id,
      name: campaign.name,
      status: campaignStatus(campaign, inputs.now),
      startsAt: campaign.startsAt,
      endsAt: campaign.endsAt,
    },
    kpis: sliceKpis(
      sumOver(current, (day) => day.byCampaign[id]),
      sumOver(previous, (day) => day.byCampaign[id]),
      active.size,
      previousActive.size,
      rates,
    ),
    targets: targetsVsActual(
      campaign,
      campaignProgress(campaign, inputs.counters?.totals, sharersOf(inputs.counters), inputs.ambassadors),
    ),
    byDay: dayRows(
      current,
      period,
      rates,
      (day) => day.byCampaign[id],
      (date) => activePeople(months, date, date, mask).size,
    ),
    byNetwork: networkRows(
      sumByKey(current, (day) => day.byCampaignNetwork[id]),
      rates,
    ),
    byGroup: groupRows(
      inputs.groups,
      sumByKey(current, (day) => day.byCampaignGroup[id]),
      inputs.ambassadors,
      active,
      rates,
    ),
    items: [...inputs.items]
      .filter(([itemId]) => byItem.has(itemId))
      .map(([itemId, item]) => contentRow(itemId, item, byItem.get(itemId) ?? {}, rates))
      .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.itemId.localeCompare(b.itemId)),
    ambassadors: ambassadorRows(inputs.counters?.people ?? {}, inputs.names),
  };
}

export interface ItemDrillDownInputs {
  period: Period;
  rates: Rates;
  itemId: string;
  item: ItemRef;
  counters: ItemCountersDoc | undefined;
  days: DayCountersDoc[];
  names: Map<string, string>;
}

/** One content item over a period: KPIs, by day and network (active: people who shared it those days). */
export function itemInsights(inputs: ItemDrillDownInputs): ItemInsights {
  const { period, rates, itemId } = inputs;
  const current = daysIn(inputs.days, period.from, period.to);
  const previous = daysIn(inputs.days, period.previousFrom, period.previousTo);
  const sharedOn = Object.values(inputs.counters?.sharedOn ?? {});
  const activeBetween = (from: string, to: string) =>
    sharedOn.filter((dates) => dates.some((date) => date >= from && date <= to)).length;
  return {
    period,
    item: { id: itemId, title: inputs.item.title, campaignId: inputs.item.campaignId },
    kpis: sliceKpis(
      sumOver(current, (day) => day.byItem[itemId]),
      sumOver(previous, (day) => day.byItem[itemId]),
      activeBetween(period.from, period.to),
      activeBetween(period.previousFrom, period.previousTo),
      rates,
    ),
    byDay: dayRows(
      current,
      period,
      rates,
      (day) => day.byItem[itemId],
      (date) => activeBetween(date, date),
    ),
    byNetwork: networkRows(
      sumByKey(current, (day) => day.byItemNetwork[itemId]),
      rates,
    ),
    ambassadors: ambassadorRows(inputs.counters?.people ?? {}, inputs.names),
  };
}
