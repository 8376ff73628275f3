import type { Locale } from '@contract/locale';

/** "12 345" / "12,345": figures are written as text, in the person's language. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "March 2025" / "mars 2025" for a calendar month written "2025-03"; the input itself if it is not one. */
export function formatMonth(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const monthIndex = match ? Number(match[2]) - 1 : -1;
  if (!match || monthIndex < 0 || monthIndex > 11) return month;
  const date = Date.UTC(Number(match[1]), monthIndex, 1);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
