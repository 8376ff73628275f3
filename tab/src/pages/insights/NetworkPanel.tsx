import { useTranslation } from 'react-i18next';
import type { NetworkRow } from '@contract/insights';
import { networkNames } from '@contract/network';
import { BreakdownChart } from './BreakdownChart';
import { ChartPanel } from './ChartPanel';
import type { CsvFile } from './ChartPanel';
import { reachColumns } from './figureColumns';
import type { FigureFormat } from './figures';
import { FigureTable } from './FigureTable';

/** Shares by network as bars, every figure of every network in the table. */
export function NetworkPanel({
  rows,
  format,
  csv,
}: {
  rows: readonly NetworkRow[];
  format: FigureFormat;
  csv: () => Promise<CsvFile>;
}) {
  const { t } = useTranslation();
  const title = t('insights.byNetwork.title');
  const name = (row: NetworkRow) => networkNames[row.network];
  return (
    <ChartPanel
      title={title}
      empty={rows.length === 0}
      chart={<BreakdownChart rows={rows} label={name} locale={format.locale} />}
      table={
        <FigureTable
          label={title}
          rows={rows}
          rowKey={(row) => row.network}
          format={format}
          columns={[
            { id: 'network', header: t('insights.columns.network'), kind: 'text', value: name },
            ...reachColumns(t),
          ]}
        />
      }
      csv={csv}
    />
  );
}
