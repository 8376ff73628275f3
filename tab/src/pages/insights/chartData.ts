import type { HorizontalBarChartWithAxisDataPoint, LineChartPoints } from '@fluentui/react-charts';
import type { DayRow, Retention } from '@contract/insights';

/** A calendar day of the reporting time zone as the chart's x value, drawn in UTC so that it stays that day. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One line per figure over the days of the period. */
export function dailySeries(
  rows: readonly DayRow[],
  figures: readonly { figure: 'shares' | 'clicks' | 'activeAmbassadors'; legend: string }[],
): LineChartPoints[] {
  return figures.map(({ figure, legend }) => ({
    legend,
    data: rows.map((row) => ({ x: dayToDate(row.date), y: row[figure] })),
  }));
}

/** The biggest slices as bars, largest first; the table lists every slice. */
export function breakdownBars<Row>(
  rows: readonly Row[],
  label: (row: Row) => string,
  value: (row: Row) => number,
  limit = 10,
): HorizontalBarChartWithAxisDataPoint[] {
  return [...rows]
    .sort((a, b) => value(b) - value(a))
    .slice(0, limit)
    .map((row) => ({ x: value(row), y: label(row), legend: label(row) }));
}

const LABEL_CHAR_PX = 7.5;
const LABEL_PADDING_PX = 24;
const LABEL_MAX_PX = 280;
/** On a narrow chart the names take at most this share of its width: the bars need the rest. */
const LABEL_MAX_SHARE = 0.5;

/**
 * The names beside the bars and the room, in pixels, they take: in full where the chart is wide enough,
 * shortened with an ellipsis on a narrow one (the table beside the chart names every slice in full). Two
 * names shortened alike stay apart, or their bars would be drawn as one.
 */
export function barLabels(
  names: readonly string[],
  chartWidth?: number,
  /** Written whole after each name (a figure), the name shortened instead. */
  suffixes: readonly string[] = [],
): { margin: number; labels: string[] } {
  const widest =
    chartWidth === undefined ? LABEL_MAX_PX : Math.min(LABEL_MAX_PX, chartWidth * LABEL_MAX_SHARE);
  const longest = Math.max(0, ...names.map((name, index) => name.length + (suffixes[index] ?? '').length));
  const margin = Math.floor(Math.min(widest, LABEL_PADDING_PX + Math.ceil(longest * LABEL_CHAR_PX)));
  const fits = Math.max(1, Math.floor((margin - LABEL_PADDING_PX) / LABEL_CHAR_PX));
  const seen = new Map<string, number>();
  const labels = names.map((name, index) => {
    const suffix = suffixes[index] ?? '';
    const room = Math.max(1, fits - suffix.length);
    const short = `${name.length > room ? `${name.slice(0, room - 1).trimEnd()}…` : name}${suffix}`;
    const times = (seen.get(short) ?? 0) + 1;
    seen.set(short, times);
    return times === 1 ? short : `${short} (${times})`;
  });
  return { margin, labels };
}

/** The retention curve: the share (in %) of all cohorts still active N months after joining. */
export function retentionSeries(retention: Retention, legend: string): LineChartPoints[] {
  return [
    {
      legend,
      data: retention.average.map((point) => ({
        x: point.monthsSinceEnrolment,
        y: Math.round(point.activeShare * 1000) / 10,
      })),
    },
  ];
}

/** The months of the retention curve's axis, whole ones only, at most about six ticks. */
export function monthTicks(retention: Retention): number[] {
  const last = Math.max(0, ...retention.average.map((point) => point.monthsSinceEnrolment));
  const step = Math.max(1, Math.ceil(last / 6));
  return Array.from({ length: Math.floor(last / step) + 1 }, (_, index) => index * step);
}

/** Ticks for an axis of counts: no "0.5 share" between 0 and 1; at most six, the charts' default. */
export function countTickCount(largest: number): number {
  return Math.max(1, Math.min(6, Math.ceil(largest)));
}
