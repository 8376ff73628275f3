import { LineChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '@contract/locale';
import type { Retention } from '@contract/insights';
import { monthTicks, retentionSeries } from './chartData';

const useStyles = makeStyles({
  axis: { margin: 0, textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

interface RetentionChartProps {
  title: string;
  retention: Retention;
  legend: string;
  xAxisTitle: string;
  locale: Locale;
}

/** The share of ambassadors still active N months after they joined, all cohorts together. */
export function RetentionChart({ title, retention, legend, xAxisTitle, locale }: RetentionChartProps) {
  const styles = useStyles();
  return (
    <>
      <LineChart
        data={{ chartTitle: title, lineChartData: retentionSeries(retention, legend) }}
        height={260}
        culture={locale}
        yAxisTickFormat={(value: number) => `${value} %`}
        yMaxValue={100}
        yMinValue={0}
        // Room for the widest tick, "100 %", whole.
        margins={{ top: 16, left: 56 }}
        // Whole months only: never "0.5 month".
        tickValues={monthTicks(retention)}
        // One curve, named by the panel's title: a legend would only repeat it.
        hideLegend
        hideTooltip
      />
      {/* Written under the chart rather than as the chart's axis title, whose tooltip layer covers the page. */}
      <p className={styles.axis}>{xAxisTitle}</p>
    </>
  );
}
