import { useTranslation } from 'react-i18next';
import type { GroupRow } from '@contract/insights';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { BreakdownChart } from './BreakdownChart';
import { ChartPanel } from './ChartPanel';
import type { CsvFile } from './ChartPanel';
import { activeAmbassadorsColumn, reachColumns } from './figureColumns';
import type { FigureFormat } from './figures';
import { FigureTable } from './FigureTable';

/** Shares by group (team, site, pilot…), counted on the groups people were in when they acted. */
export function GroupPanel({
  rows,
  format,
  csv,
}: {
  rows: readonly GroupRow[];
  format: FigureFormat;
  csv: () => Promise<CsvFile>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('insights.byGroup.title');
  const name = (row: GroupRow) => localized(row.name, locale);
  return (
    <ChartPanel
      title={title}
      hint={t('insights.byGroup.hint')}
      empty={rows.length === 0}
      chart={<BreakdownChart rows={rows} label={name} locale={locale} />}
      table={
        <FigureTable
          label={title}
          rows={rows}
          rowKey={(row) => row.groupId}
          format={format}
          columns={[
            { id: 'group', header: t('insights.columns.group'), kind: 'text', value: name },
            {
              id: 'ambassadors',
              header: t('insights.figures.ambassadors'),
              kind: 'count',
              value: (row) => row.ambassadors,
            },
            activeAmbassadorsColumn(t),
            ...reachColumns(t),
          ]}
        />
      }
      csv={csv}
    />
  );
}
