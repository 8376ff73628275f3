import type {
  BrandRow,
  CampaignRow,
  ContentRow,
  DayRow,
  GroupRow,
  NetworkRow,
  Period,
  ProgrammeDashboard,
} from '@contract/insights';
import { topContentSize } from '@contract/insights';
import { networks } from '@contract/network';
import { campaignProgress, targetsVsActual } from '../campaign-progress';
import { campaignStatus } from '../campaign-status';
import type { CampaignDoc, GroupDoc, Localized } from '../documents';
import type { Ambassador } from './roster';
import { daysBetween, localDate } from './calendar';
import { bitCount, bitsOf, unionOf } from './bitmap';
import type { CampaignTotals, DayCountersDoc } from './counter-documents';
import { count } from './counters';
import type { Counts } from './counters';
import { compare, daysIn, participationRate, reachFigures, sumByKey, sumOver } from './kpis';

export interface Rates {
  cpm: number;
  cpc: number;
}

export interface ItemRef {
  title: Localized;
  campaignId: string | null;
}

/** Everything a dashboard is computed from: counters for the period and the previous one, and today's roster. */
export interface DashboardInputs {
  period: Period;
  rates: Rates;
  now: Date;
  /** Day counters from `period.previousFrom` to `period.to`. */
  days: DayCountersDoc[];
  /** The people index: position n is the person of bit n in the days' bitmaps. */
  peopleIndex: string[];
  /** Everyone who is or was an ambassador, by id (only they share): active people are counted in their groups and brand of today. */
  people: ReadonlyMap<string, { groupIds: string[]; brandId?: string }>;
  ambassadors: Ambassador[];
  employees: number;
  campaigns: CampaignDoc[];
  campaignCounters: CampaignTotals[];
  groups: GroupDoc[];
  brands: { id: string; name: string }[];
  /** The items of `topItemIds`, by id. */
  items: Map<string, ItemRef>;
}

const untitled: Localized = { fr: '', en: '' };

/** The items shared most in a period (ties: most clicks, then id), before their titles are looked up. */
export function topItemIds(days: readonly DayCountersDoc[], from: string, to: string, size = topContentSize) {
  return [...sumByKey(daysIn(days, from, to), (day) => day.byItem)]
    .sort(([idA, a], [idB, b]) => bySharesThenClicks(a, b) || idA.localeCompare(idB))
    .slice(0, size)
    .map(([itemId, counts]) => ({ itemId, counts }));
}

function bySharesThenClicks(a: Counts, b: Counts): number {
  return count(b, 'shares') - count(a, 'shares') || count(b, 'clicks') - count(a, 'clicks');
}

/** One row per day of the period; `activeOn` counts a day's active ambassadors for the slice. */
export function dayRows(
  days: readonly DayCountersDoc[],
  period: { from: string; to: string },
  rates: Rates,
  slice: (day: DayCountersDoc) => Counts | undefined,
  activeOn: (date: string, day: DayCountersDoc | undefined) => number,
): DayRow[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return daysBetween(period.from, period.to).map((date) => {
    const day = byDate.get(date);
    const counts = (day && slice(day)) ?? {};
    return {
      date,
      ...reachFigures(counts, rates),
      activeAmbassadors: activeOn(date, day),
      joins: count(counts, 'joins'),
      leaves: count(counts, 'leaves'),
    };
  });
}

export function networkRows(byNetwork: Map<string, Counts>, rates: Rates): NetworkRow[] {
  return networks
    .filter((network) => byNetwork.has(network))
    .map((network) => ({ network, ...reachFigures(byNetwork.get(network) ?? {}, rates) }))
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks);
}

export function groupRows(
  groups: readonly GroupDoc[],
  byGroup: Map<string, Counts>,
  ambassadors: readonly Ambassador[],
  active: Map<string, { groupIds: string[] }>,
  rates: Rates,
): GroupRow[] {
  return groups
    .map((group) => ({
      groupId: group.id,
      name: group.name,
      kind: group.kind,
      ambassadors: ambassadors.filter((person) => person.groupIds.includes(group.id)).length,
      activeAmbassadors: [...active.values()].filter((person) => person.groupIds.includes(group.id)).length,
      ...reachFigures(byGroup.get(group.id) ?? {}, rates),
    }))
    .filter((row) => row.ambassadors > 0 || row.shares > 0 || row.clicks > 0)
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.groupId.localeCompare(b.groupId));
}

export function contentRow(
  itemId: string,
  item: ItemRef | undefined,
  counts: Counts,
  rates: Rates,
): ContentRow {
  return {
    itemId,
    title: item?.title ?? untitled,
    campaignId: item?.campaignId ?? null,
    ...reachFigures(counts, rates),
  };
}

/** The programme over a period, compared with the previous period; campaigns against their targets. */
export function programmeDashboard(inputs: DashboardInputs): ProgrammeDashboard {
  const { period, rates, now, ambassadors } = inputs;
  const current = daysIn(inputs.days, period.from, period.to);
  const previous = daysIn(inputs.days, period.previousFrom, period.previousTo);
  const totals = sumOver(current, (day) => day.totals);
  const previousTotals = sumOver(previous, (day) => day.totals);
  const figures = reachFigures(totals, rates);
  const previousFigures = reachFigures(previousTotals, rates);
  // Distinct people: the union of the days' bitmaps, whatever the number of shares behind them.
  const activeIn = (days: readonly DayCountersDoc[], bitmap: (day: DayCountersDoc) => string | undefined) =>
    unionOf(days.map(bitmap));
  const activeNow = activeIn(current, (day) => day.activeBits);
  const active = new Map(
    bitsOf(activeNow).flatMap((index) => {
      const person = inputs.people.get(inputs.peopleIndex[index] ?? '');
      return person ? [[inputs.peopleIndex[index] ?? '', person] as const] : [];
    }),
  );
  const activeCount = bitCount(activeNow);
  const previousActiveCount = bitCount(activeIn(previous, (day) => day.activeBits));

  const peopleOf = (bitmap: string | undefined) =>
    new Set(bitsOf(unionOf([bitmap])).map((index) => inputs.peopleIndex[index] ?? ''));
  const campaignCounters = new Map(inputs.campaignCounters.map((doc) => [doc.campaignId, doc]));
  const byCampaign = sumByKey(current, (day) => day.byCampaign);
  const campaignRows: CampaignRow[] = inputs.campaigns
    .filter((campaign) => byCampaign.has(campaign.id) || isPlannedDuring(campaign, period))
    .map((campaign) => ({
      campaignId: campaign.id,
      name: campaign.name,
      status: campaignStatus(campaign, now),
      ...reachFigures(byCampaign.get(campaign.id) ?? {}, rates),
      activeAmbassadors: bitCount(activeIn(current, (day) => day.campaignBits?.[campaign.id])),
      targets: targetsVsActual(
        campaign,
        campaignProgress(
          campaign,
          campaignCounters.get(campaign.id)?.totals,
          peopleOf(campaignCounters.get(campaign.id)?.sharerBits),
          ambassadors,
        ),
      ),
    }))
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.campaignId.localeCompare(b.campaignId));

  const byBrand = sumByKey(current, (day) => day.byBrand);
  const brandRows: BrandRow[] = inputs.brands
    .map((brand) => ({
      brandId: brand.id,
      name: brand.name,
      ambassadors: ambassadors.filter((person) => person.brandId === brand.id).length,
      activeAmbassadors: [...active.values()].filter((person) => person.brandId === brand.id).length,
      ...reachFigures(byBrand.get(brand.id) ?? {}, rates),
    }))
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.brandId.localeCompare(b.brandId));

  const join = count(totals, 'joins');
  return {
    period,
    kpis: {
      participationRate: compare(participationRate(ambassadors.length, inputs.employees), null),
      ambassadors: compare(ambassadors.length, null),
      eligibleEmployees: compare(inputs.employees, null),
      activeAmbassadors: compare(activeCount, previousActiveCount),
      shares: compare(figures.shares, previousFigures.shares),
      clicks: compare(figures.clicks, previousFigures.clicks),
      ctr: compare(figures.ctr, previousFigures.ctr),
      estimatedReach: compare(figures.estimatedReach, previousFigures.estimatedReach),
      earnedMediaValue: compare(figures.earnedMediaValue, previousFigures.earnedMediaValue),
      joins: compare(join, count(previousTotals, 'joins')),
      leaves: compare(count(totals, 'leaves'), count(previousTotals, 'leaves')),
      proposals: compare(count(totals, 'proposals'), count(previousTotals, 'proposals')),
    },
    byDay: dayRows(
      current,
      period,
      rates,
      (day) => day.totals,
      (_date, day) => bitCount(unionOf([day?.activeBits])),
    ),
    byCampaign: campaignRows,
    byNetwork: networkRows(
      sumByKey(current, (day) => day.byNetwork),
      rates,
    ),
    byGroup: groupRows(
      inputs.groups,
      sumByKey(current, (day) => day.byGroup),
      ambassadors,
      active,
      rates,
    ),
    byBrand: brandRows,
    topContent: topItemIds(current, period.from, period.to).map(({ itemId, counts }) =>
      contentRow(itemId, inputs.items.get(itemId), counts, rates),
    ),
  };
}

/** A planned campaign whose dates overlap the period (days of the reporting time zone). */
function isPlannedDuring(campaign: CampaignDoc, period: Period): boolean {
  return (
    campaign.status === 'scheduled' &&
    localDate(campaign.startsAt, period.timeZone) <= period.to &&
    localDate(campaign.endsAt, period.timeZone) >= period.from
  );
}
