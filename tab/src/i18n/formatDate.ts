import { isTimeZone } from '@contract/locale';
import type { Locale } from '@contract/locale';

/** A long date ("3 mars 2025", "March 3, 2025") in the person's time zone; undefined for an invalid date. */
export function formatDate(iso: string, locale: Locale, timeZone?: string): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone }).format(date);
}
