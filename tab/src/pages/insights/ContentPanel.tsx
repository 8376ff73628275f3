import { useTranslation } from 'react-i18next';
import type { ContentRow } from '@contract/insights';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { ChartPanel } from './ChartPanel';
import type { CsvFile } from './ChartPanel';
import { reachColumns } from './figureColumns';
import type { FigureFormat } from './figures';
import { FigureTable } from './FigureTable';

/** Content items, most shared first, each leading to its own figures. */
export function ContentPanel({
  title,
  rows,
  format,
  periodSuffix,
  csv,
}: {
  title: string;
  rows: readonly ContentRow[];
  format: FigureFormat;
  /** The period's part of the address (`?period=…`), kept when drilling down. */
  periodSuffix: string;
  csv: () => Promise<CsvFile>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ChartPanel
      title={title}
      empty={rows.length === 0}
      table={
        <FigureTable
          label={title}
          rows={rows}
          rowKey={(row) => row.itemId}
          format={format}
          columns={[
            {
              id: 'item',
              header: t('insights.columns.item'),
              kind: 'text',
              value: (row) => localized(row.title, locale) || t('insights.deletedItem'),
              link: (row) => `/insights/items/${encodeURIComponent(row.itemId)}${periodSuffix}`,
            },
            ...reachColumns(t),
          ]}
        />
      }
      csv={csv}
    />
  );
}
