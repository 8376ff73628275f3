import type { Locale } from '@contract/locale';
import { formatNumber } from '../../i18n/formatNumber';

/**
 * How a figure reads: a count, a ratio shown as a percentage, an average of one thing per another (clicks per
 * share: never a percentage, it can exceed one), money, a calendar day, or plain text.
 */
export type FigureKind = 'count' | 'ratio' | 'average' | 'money' | 'day' | 'text';

export interface FigureFormat {
  locale: Locale;
  /** ISO 4217 code from the programme's settings, for earned media value; tables without money need none. */
  currency?: string;
}

/** A figure as text in the person's language: "12 345", "4,2 %", "1 250,00 €", "3 mars 2026". */
export function formatFigure(value: number | string, kind: FigureKind, format: FigureFormat): string {
  if (typeof value === 'string') return kind === 'day' ? formatDay(value, format.locale) : value;
  switch (kind) {
    case 'ratio':
      return formatRatio(value, format.locale);
    case 'average':
      return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(value);
    case 'money':
      if (!format.currency) return formatNumber(value, format.locale);
      return new Intl.NumberFormat(format.locale, {
        style: 'currency',
        currency: format.currency,
        maximumFractionDigits: 0,
      }).format(value);
    default:
      return formatNumber(value, format.locale);
  }
}

/** 0.042 → "4.2%" / "4,2 %". */
export function formatRatio(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/**
 * A calendar day `YYYY-MM-DD` as a date ("3 mars 2026"). It is a day of the reporting time zone, not an
 * instant: read and written in UTC so that no time zone moves it to the day before.
 */
export function formatDay(day: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
