import type { Period, PeriodQuery } from '@contract/insights';
import { addDays, dayCount, localDate } from './calendar';

/** A period is the 30 days ending today unless the caller chose one. */
export const DEFAULT_PERIOD_DAYS = 30;

/**
 * The period asked for (or the default one) and the previous period of the same length, which ends the day
 * before it starts; days are those of the reporting time zone.
 */
export function resolvePeriod(
  query: PeriodQuery,
  now: Date,
  settings: { reportingTimeZone: string; currency: string },
): Period {
  const to = query.to ?? localDate(now, settings.reportingTimeZone);
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  const previousTo = addDays(from, -1);
  return {
    from,
    to,
    previousFrom: addDays(previousTo, 1 - dayCount(from, to)),
    previousTo,
    timeZone: settings.reportingTimeZone,
    currency: settings.currency,
  };
}
