import { LineChart } from '@fluentui/react-charts';
import type { Locale } from '@contract/locale';
import type { DayRow } from '@contract/insights';
import { countTickCount, dailySeries, dateToDay } from './chartData';
import { formatDay } from './figures';

interface TrendChartProps {
  title: string;
  rows: readonly DayRow[];
  legends: { shares: string; clicks: string };
  locale: Locale;
}

/** Shares and clicks day by day over the period. */
export function TrendChart({ title, rows, legends, locale }: TrendChartProps) {
  return (
    <LineChart
      data={{
        chartTitle: title,
        lineChartData: dailySeries(rows, [
          { figure: 'shares', legend: legends.shares },
          { figure: 'clicks', legend: legends.clicks },
        ]),
      }}
      height={260}
      yAxisTickCount={countTickCount(Math.max(0, ...rows.map((row) => Math.max(row.shares, row.clicks))))}
      culture={locale}
      useUTC
      customDateTimeFormatter={(date) => formatDay(dateToDay(date), locale, 'short')}
      hideTooltip
    />
  );
}
