import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import { useElementWidth } from '../../hooks/useElementWidth';
import { barLabels, breakdownBars } from './chartData';

const useStyles = makeStyles({
  caption: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
});

interface BreakdownChartProps<Row> {
  rows: readonly Row[];
  label: (row: Row) => string;
  locale: Locale;
}

/** Shares per slice (campaign, network, group, brand), largest first, each slice named as its room allows. */
export function BreakdownChart<Row extends { shares: number }>({
  rows,
  label,
  locale,
}: BreakdownChartProps<Row>) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [measured, width] = useElementWidth<HTMLDivElement>();
  const largest = breakdownBars(rows, label, (row) => row.shares);
  const { margin, labels } = barLabels(
    largest.map((bar) => String(bar.y)),
    width,
  );
  const bars = largest.map((bar, index) => {
    const name = labels[index] ?? String(bar.y);
    return { ...bar, y: name, legend: name };
  });
  const height = Math.max(120, bars.length * 32 + 60);
  return (
    <>
      <p className={styles.caption}>{t('insights.barsOf', { figure: t('insights.figures.shares') })}</p>
      {/* The chart takes its container's height: room for every bar, whatever the number of slices. */}
      <div ref={measured} style={{ height }}>
        <HorizontalBarChartWithAxis
          // The chart draws its first bar at the bottom: the largest goes on top.
          data={[...bars].reverse()}
          height={height}
          barHeight={16}
          // The names as fitted, drawn as given (no truncation tooltip: its layer would cover the page).
          showYAxisLables
          margins={{ left: margin }}
          culture={locale}
          useSingleColor
          colors={[tokens.colorBrandBackground]}
          hideLegend
          hideTooltip
        />
      </div>
    </>
  );
}
