import { useTranslation } from 'react-i18next';
import type { DayRow } from '@contract/insights';
import { ChartPanel } from './ChartPanel';
import type { CsvFile } from './ChartPanel';
import { activeAmbassadorsColumn, reachColumns } from './figureColumns';
import type { FigureFormat } from './figures';
import { FigureTable } from './FigureTable';
import { TrendChart } from './TrendChart';

interface DailyPanelProps {
  rows: readonly DayRow[];
  format: FigureFormat;
  /** No share and no click in the whole period. */
  empty: boolean;
  csv: () => Promise<CsvFile>;
}

/** The trend over the period: shares and clicks day by day, the table with every figure of every day. */
export function DailyPanel({ rows, format, empty, csv }: DailyPanelProps) {
  const { t } = useTranslation();
  const title = t('insights.byDay.title');
  return (
    <ChartPanel
      title={title}
      empty={empty}
      emptyMessage={t('insights.byDay.empty')}
      chart={
        <TrendChart
          title={title}
          rows={rows}
          legends={{ shares: t('insights.figures.shares'), clicks: t('insights.figures.clicks') }}
          locale={format.locale}
        />
      }
      table={
        <FigureTable
          label={title}
          rows={rows}
          rowKey={(row) => row.date}
          format={format}
          columns={[
            { id: 'date', header: t('insights.columns.date'), kind: 'day', value: (row) => row.date },
            activeAmbassadorsColumn(t),
            ...reachColumns(t),
          ]}
        />
      }
      csv={csv}
    />
  );
}
