/**
 * Days and months as the organisation's reporting time zone sees them. Dates are `YYYY-MM-DD` strings and
 * months `YYYY-MM`; arithmetic on them is done at noon UTC, which no daylight saving change can move.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in a time zone. */
export function localDate(instant: string | Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant);
}

const DAY_MS = 86_400_000;

function noon(date: string): number {
  return Date.parse(`${date}T12:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(noon(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function dayCount(from: string, to: string): number {
  return Math.max(0, Math.round((noon(to) - noon(from)) / DAY_MS) + 1);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  return Array.from({ length: dayCount(from, to) }, (_, index) => addDays(from, index));
}

export const monthOf = (date: string) => date.slice(0, 7);

export function addMonths(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (e.g. 2026-01 → 2026-03 is 2). */
export function monthsApart(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

/** Every month a period touches, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The bit of a day in a month's day mask (bit 0 is the 1st). */
export function dayBit(date: string): number {
  return 1 << (Number(date.slice(8, 10)) - 1);
}

/** The days of `month` that fall between `from` and `to` (both included), as a day mask. */
export function periodMask(month: string, from: string, to: string): number {
  let mask = 0;
  for (let day = 1; day <= 31; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (date >= from && date <= to) mask |= 1 << (day - 1);
  }
  return mask;
}
