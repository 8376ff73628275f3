import { maxPeriodDays } from '@contract/insights';

/** The periods a manager picks from; "quarter" is the calendar quarter so far. */
export const periodPresets = ['last7', 'last30', 'last90', 'quarter', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** Calendar days `YYYY-MM-DD`, both included, in the programme's reporting time zone. */
export interface Period {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Today's calendar day in a time zone (the reporting zone, not the browser's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The period a preset stands for on a given day; custom periods are given by the person. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  if (preset === 'quarter') {
    const firstMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
    return { from: `${today.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`, to: today };
  }
  const days = { last7: 7, last30: 30, last90: 90 }[preset];
  return { from: addDays(today, -(days - 1)), to: today };
}

/** Number of days in the period, both ends included. */
export function periodLength(period: Period): number {
  return Math.round((dayNumber(period.to) - dayNumber(period.from)) / MS_PER_DAY) + 1;
}

export type PeriodProblem = 'invalidDay' | 'endBeforeStart' | 'inFuture' | 'tooLong';

/** Why a custom period cannot be asked for, if it cannot. */
export function customPeriodProblem(period: Period, today: string): PeriodProblem | undefined {
  if (!isDay(period.from) || !isDay(period.to)) return 'invalidDay';
  if (period.to < period.from) return 'endBeforeStart';
  if (period.to > today) return 'inFuture';
  if (periodLength(period) > maxPeriodDays) return 'tooLong';
  return undefined;
}

export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(dayNumber(value));
  return date.getUTCMonth() + 1 === Number(match[2]) && date.getUTCDate() === Number(match[3]);
}

export function addDays(day: string, days: number): string {
  return new Date(dayNumber(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
