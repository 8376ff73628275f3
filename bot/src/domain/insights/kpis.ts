import type { Comparison, ReachFigures } from '@contract/insights';
import { monthsBetween, periodMask } from './calendar';
import type { DayCountersDoc, MonthActivityDoc, PersonMonth } from './counter-documents';
import { count, sumCounts } from './counters';
import type { Counts } from './counters';

/** CTR = clicks / shares; 0 without shares. */
export function ctr(shares: number, clicks: number): number {
  return shares === 0 ? 0 : clicks / shares;
}

/** Earned media value = reach × CPM / 1000 + clicks × CPC, to the cent. */
export function earnedMediaValue(reach: number, clicks: number, rates: { cpm: number; cpc: number }): number {
  return Math.round((reach * rates.cpm) / 10 + clicks * rates.cpc * 100) / 100;
}

/** Participation rate = ambassadors / eligible employees; 0 when nobody is eligible. */
export function participationRate(ambassadors: number, eligible: number): number {
  return eligible === 0 ? 0 : ambassadors / eligible;
}

export function reachFigures(counts: Counts, rates: { cpm: number; cpc: number }): ReachFigures {
  const shares = count(counts, 'shares');
  const clicks = count(counts, 'clicks');
  const estimatedReach = count(counts, 'reach');
  return {
    shares,
    clicks,
    ctr: ctr(shares, clicks),
    estimatedReach,
    earnedMediaValue: earnedMediaValue(estimatedReach, clicks, rates),
  };
}

/** The day documents of a period (those of other days are ignored). */
export function daysIn(days: readonly DayCountersDoc[], from: string, to: string): DayCountersDoc[] {
  return days.filter((day) => day.date >= from && day.date <= to);
}

/** One slice's counters summed over the days given, e.g. `(day) => day.byNetwork['x']`. */
export function sumOver(
  days: readonly DayCountersDoc[],
  slice: (day: DayCountersDoc) => Counts | undefined,
): Counts {
  return sumCounts(days.map(slice));
}

/** Sums, per key, a slice of the days that is keyed (campaigns, networks, groups, items…). */
export function sumByKey(
  days: readonly DayCountersDoc[],
  slice: (day: DayCountersDoc) => Record<string, Counts> | undefined,
): Map<string, Counts> {
  const totals = new Map<string, Counts>();
  for (const day of days) {
    for (const [key, counts] of Object.entries(slice(day) ?? {})) {
      totals.set(key, sumCounts([totals.get(key), counts]));
    }
  }
  return totals;
}

/**
 * The distinct people with at least one share between `from` and `to`: a person's share days of a month are
 * a bit mask, so this reads one entry per person and month, whatever the number of shares.
 * `maskOf` picks which share days count (all of them by default, or one campaign's).
 */
export function activePeople(
  months: readonly MonthActivityDoc[],
  from: string,
  to: string,
  maskOf: (person: PersonMonth) => number = (person) => person.days,
): Map<string, PersonMonth> {
  const active = new Map<string, PersonMonth>();
  const wanted = new Set(monthsBetween(from, to));
  for (const month of months) {
    if (!wanted.has(month.month)) continue;
    const mask = periodMask(month.month, from, to);
    for (const [personId, person] of Object.entries(month.people)) {
      if (maskOf(person) & mask) active.set(personId, person);
    }
  }
  return active;
}

export function compare(current: number, previous: number | null): Comparison {
  return { current, previous };
}
