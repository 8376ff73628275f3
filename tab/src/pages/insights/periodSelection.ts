import type { PeriodQuery } from '@contract/insights';
import { customPeriodProblem, periodPresets, presetPeriod } from './period';
import type { Period, PeriodPreset } from './period';

export interface PeriodSelection {
  preset: PeriodPreset;
  /** The days asked of the API: the same for the page's figures and its CSV exports. */
  period: Period;
}

const DEFAULT_PRESET = 'last30';

/**
 * The period in the page's address (`?period=last7`, or `?period=custom&from=…&to=…`), so that drilling down,
 * going back and sharing a link keep it. Anything unreadable falls back to the last 30 days.
 */
export function readPeriodSelection(search: URLSearchParams, today: string): PeriodSelection {
  const preset = periodPresets.find((candidate) => candidate === search.get('period'));
  if (preset === 'custom') {
    const period = { from: search.get('from') ?? '', to: search.get('to') ?? '' };
    if (!customPeriodProblem(period, today)) return { preset, period };
  } else if (preset) {
    return { preset, period: presetPeriod(preset, today) };
  }
  return { preset: DEFAULT_PRESET, period: presetPeriod(DEFAULT_PRESET, today) };
}

/** The address parameters for a selection; the default period needs none. */
export function periodSearchParams(preset: PeriodPreset, custom?: Period): URLSearchParams {
  if (preset === 'custom' && custom) return new URLSearchParams({ period: preset, ...custom });
  return new URLSearchParams(preset === DEFAULT_PRESET ? {} : { period: preset });
}

export function toPeriodQuery(period: Period): PeriodQuery {
  return { from: period.from, to: period.to };
}
