import type { Locale } from '@contract/locale';

/** A text in the person's language, or in the other one when it was left empty. */
export function localized(value: Record<Locale, string>, locale: Locale): string {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return value[locale].trim() ? value[locale] : value[other];
}
