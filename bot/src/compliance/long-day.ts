import type { Locale } from '@contract/locale';

/** A day as a person reads it in a sentence ("3 décembre 2026", "3 December 2026"), in a time zone. */
export function longDay(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone }).format(
    new Date(instant),
  );
}
