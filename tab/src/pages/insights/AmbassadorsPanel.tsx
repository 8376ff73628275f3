import { useTranslation } from 'react-i18next';
import type { AmbassadorRow } from '@contract/insights';
import { ChartPanel } from './ChartPanel';
import type { CsvFile } from './ChartPanel';
import type { FigureFormat } from './figures';
import { FigureTable } from './FigureTable';

/** Who shared a campaign or an item: individual figures, which only programme managers see. */
export function AmbassadorsPanel({
  rows,
  format,
  csv,
}: {
  rows: readonly AmbassadorRow[];
  format: FigureFormat;
  csv: () => Promise<CsvFile>;
}) {
  const { t } = useTranslation();
  const title = t('insights.ambassadors.title');
  return (
    <ChartPanel
      title={title}
      hint={t('insights.ambassadors.hint')}
      empty={rows.length === 0}
      emptyMessage={t('insights.ambassadors.empty')}
      table={
        <FigureTable
          label={title}
          rows={rows}
          rowKey={(row) => row.personId}
          format={format}
          columns={[
            {
              id: 'name',
              header: t('insights.columns.ambassador'),
              kind: 'text',
              value: (row) => row.displayName || t('insights.ambassadors.erased'),
            },
            { id: 'shares', header: t('insights.figures.shares'), kind: 'count', value: (row) => row.shares },
            { id: 'clicks', header: t('insights.figures.clicks'), kind: 'count', value: (row) => row.clicks },
            {
              id: 'estimatedReach',
              header: t('insights.figures.estimatedReach'),
              kind: 'count',
              value: (row) => row.estimatedReach,
            },
          ]}
        />
      }
      csv={csv}
    />
  );
}
