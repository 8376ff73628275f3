import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { otherGroupId, summaryMinGroupSize } from '@contract/insights';
import type { CompanySummary } from '@contract/insights';
import { companySummaryQuery } from '../../api/insights';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { BreakdownChart } from './BreakdownChart';
import { ChartPanel } from './ChartPanel';
import { figureFormat } from './figureFormat';
import { FigureTable } from './FigureTable';
import { KpiTiles } from './KpiTiles';
import { PeriodPage } from './PeriodPage';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type NetworkRow = CompanySummary['byNetwork'][number];
type GroupRow = CompanySummary['byGroup'][number];

/** Every employee: how the programme is doing, in aggregates only (no person, no small group). */
export function CompanySummaryPage() {
  const { t } = useTranslation();
  return (
    <PeriodPage
      title={t('insights.summary.title')}
      intro={t('insights.summary.intro', { size: summaryMinGroupSize })}
      query={companySummaryQuery}
      loadingLabel={t('insights.summary.loading')}
    >
      {(summary) => <SummaryView summary={summary} />}
    </PeriodPage>
  );
}

function SummaryView({ summary }: { summary: CompanySummary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const format = figureFormat(summary.period.currency);
  const networkName = (row: NetworkRow) => networkNames[row.network];
  const groupName = (row: GroupRow) =>
    row.groupId === otherGroupId ? t('insights.summary.otherGroups') : localized(row.name, locale);
  const noActivity = summary.shares.current === 0 && summary.clicks.current === 0;

  return (
    <div className={styles.stack}>
      <KpiTiles
        label={t('insights.kpi.label')}
        format={format}
        tiles={[
          {
            id: 'ambassadors',
            label: t('insights.figures.ambassadors'),
            kind: 'count',
            figure: { current: summary.ambassadors, previous: null },
          },
          {
            id: 'participationRate',
            label: t('insights.figures.participationRate'),
            kind: 'ratio',
            figure: { current: summary.participationRate, previous: null },
          },
          {
            id: 'activeAmbassadors',
            label: t('insights.figures.activeAmbassadors'),
            kind: 'count',
            figure: summary.activeAmbassadors,
          },
          { id: 'shares', label: t('insights.figures.shares'), kind: 'count', figure: summary.shares },
          { id: 'clicks', label: t('insights.figures.clicks'), kind: 'count', figure: summary.clicks },
          {
            id: 'estimatedReach',
            label: t('insights.figures.estimatedReach'),
            kind: 'count',
            figure: summary.estimatedReach,
          },
        ]}
      />

      <ChartPanel
        title={t('insights.byNetwork.title')}
        empty={noActivity || summary.byNetwork.length === 0}
        chart={<BreakdownChart rows={summary.byNetwork} label={networkName} locale={locale} />}
        table={
          <FigureTable
            label={t('insights.byNetwork.title')}
            rows={summary.byNetwork}
            rowKey={(row) => row.network}
            format={format}
            columns={[
              { id: 'network', header: t('insights.columns.network'), kind: 'text', value: networkName },
              {
                id: 'shares',
                header: t('insights.figures.shares'),
                kind: 'count',
                value: (row) => row.shares,
              },
              {
                id: 'clicks',
                header: t('insights.figures.clicks'),
                kind: 'count',
                value: (row) => row.clicks,
              },
            ]}
          />
        }
      />

      <ChartPanel
        title={t('insights.byGroup.title')}
        hint={t('insights.summary.groupsHint', { size: summaryMinGroupSize })}
        empty={summary.byGroup.length === 0}
        chart={<BreakdownChart rows={summary.byGroup} label={groupName} locale={locale} />}
        table={
          <FigureTable
            label={t('insights.byGroup.title')}
            rows={summary.byGroup}
            rowKey={(row) => row.groupId}
            format={format}
            columns={[
              { id: 'group', header: t('insights.columns.group'), kind: 'text', value: groupName },
              {
                id: 'ambassadors',
                header: t('insights.figures.ambassadors'),
                kind: 'count',
                value: (row) => row.ambassadors,
              },
              {
                id: 'activeAmbassadors',
                header: t('insights.figures.activeAmbassadors'),
                kind: 'count',
                value: (row) => row.activeAmbassadors,
              },
              {
                id: 'shares',
                header: t('insights.figures.shares'),
                kind: 'count',
                value: (row) => row.shares,
              },
            ]}
          />
        }
      />

      <ChartPanel
        title={t('insights.topContent.title')}
        empty={summary.topContent.length === 0}
        table={
          <FigureTable
            label={t('insights.topContent.title')}
            rows={summary.topContent}
            rowKey={(row) => row.itemId}
            format={format}
            columns={[
              {
                id: 'item',
                header: t('insights.columns.item'),
                kind: 'text',
                value: (row) => localized(row.title, locale) || t('insights.deletedItem'),
                // Everyone may open an item of the library.
                link: (row) => `/library/${encodeURIComponent(row.itemId)}`,
              },
              {
                id: 'shares',
                header: t('insights.figures.shares'),
                kind: 'count',
                value: (row) => row.shares,
              },
            ]}
          />
        }
      />
    </div>
  );
}
