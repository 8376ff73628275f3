import { isTimeZone } from '@contract/locale';
import type { Locale } from '@contract/locale';

/** A long date ("3 mars 2025", "March 3, 2025") in the person's time zone; undefined for an invalid date. */
export function formatDate(iso: string, locale: Locale, timeZone?: string): string | undefined {
  return format(iso, locale, timeZone, { dateStyle: 'long' });
}

/** A date and time ("3 mars 2025, 10:00"), for records where the hour matters (audit, imports). */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string | undefined {
  return format(iso, locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
}

function format(
  iso: string,
  locale: Locale,
  timeZone: string | undefined,
  style: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>,
): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : undefined;
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: zone }).format(date);
}
