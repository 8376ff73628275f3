import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDashboard } from '@contract/insights';
import { dashboardQuery } from '../../api/insights';
import type { ExportRequest } from '../../api/insights';
import { formatNumber } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { RouterLink } from '../../ui/RouterLink';
import { BreakdownChart } from './BreakdownChart';
import { ChartPanel } from './ChartPanel';
import { ContentPanel } from './ContentPanel';
import { DailyPanel } from './DailyPanel';
import { activeAmbassadorsColumn, reachColumns } from './figureColumns';
import { figureFormat } from './figureFormat';
import { FigureTable } from './FigureTable';
import { GroupPanel } from './GroupPanel';
import { insightsCsv } from './insightsCsv';
import { KpiTiles } from './KpiTiles';
import { LeadersPanel } from './LeadersPanel';
import { NetworkPanel } from './NetworkPanel';
import { PeriodPage } from './PeriodPage';
import { RetentionPanel } from './RetentionPanel';
import { sliceTiles } from './sliceTiles';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  settings: { alignSelf: 'flex-start' },
});

/** Programme managers: the programme's KPIs over a period, its trends and breakdowns, and drill-down. */
export function InsightsPage() {
  const { t } = useTranslation();
  return (
    <PeriodPage
      title={t('insights.title')}
      intro={t('insights.intro')}
      query={dashboardQuery}
      loadingLabel={t('insights.loading')}
    >
      {(dashboard, periodSearch) => <Dashboard dashboard={dashboard} periodSearch={periodSearch} />}
    </PeriodPage>
  );
}

function Dashboard({ dashboard, periodSearch }: { dashboard: ProgrammeDashboard; periodSearch: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const format = figureFormat(dashboard.period.currency);
  const { kpis, period } = dashboard;
  const suffix = periodSearch ? `?${periodSearch}` : '';
  const csv = (table: ExportRequest['table']) => () =>
    insightsCsv({ table, from: period.from, to: period.to });
  const noActivity = kpis.shares.current === 0 && kpis.clicks.current === 0;

  return (
    <div className={styles.stack}>
      <KpiTiles
        label={t('insights.kpi.label')}
        format={format}
        tiles={[
          {
            id: 'participationRate',
            label: t('insights.figures.participationRate'),
            kind: 'ratio',
            figure: kpis.participationRate,
            detail: t('insights.kpi.ambassadorsOf', {
              count: kpis.ambassadors.current,
              ambassadors: formatNumber(kpis.ambassadors.current, locale),
              employees: formatNumber(kpis.eligibleEmployees.current, locale),
            }),
          },
          ...sliceTiles(kpis, t),
        ]}
      />
      {me.roles.includes('Programme.Admin') && (
        <RouterLink to="/insights/settings" className={styles.settings}>
          {t('insights.settings.open')}
        </RouterLink>
      )}

      <DailyPanel rows={dashboard.byDay} format={format} empty={noActivity} csv={csv('by-day')} />

      <ChartPanel
        title={t('insights.byCampaign.title')}
        empty={dashboard.byCampaign.length === 0}
        chart={
          <BreakdownChart
            rows={dashboard.byCampaign}
            label={(row) => localized(row.name, locale)}
            locale={locale}
          />
        }
        table={
          <FigureTable
            label={t('insights.byCampaign.title')}
            rows={dashboard.byCampaign}
            rowKey={(row) => row.campaignId}
            format={format}
            columns={[
              {
                id: 'campaign',
                header: t('insights.columns.campaign'),
                kind: 'text',
                value: (row) => localized(row.name, locale),
                link: (row) => `/insights/campaigns/${encodeURIComponent(row.campaignId)}${suffix}`,
              },
              activeAmbassadorsColumn(t),
              ...reachColumns(t),
            ]}
          />
        }
        csv={csv('by-campaign')}
      />

      <NetworkPanel rows={dashboard.byNetwork} format={format} csv={csv('by-network')} />
      <GroupPanel rows={dashboard.byGroup} format={format} csv={csv('by-group')} />

      <ChartPanel
        title={t('insights.byBrand.title')}
        empty={dashboard.byBrand.length === 0}
        chart={<BreakdownChart rows={dashboard.byBrand} label={(row) => row.name} locale={locale} />}
        table={
          <FigureTable
            label={t('insights.byBrand.title')}
            rows={dashboard.byBrand}
            rowKey={(row) => row.brandId}
            format={format}
            columns={[
              { id: 'brand', header: t('insights.columns.brand'), kind: 'text', value: (row) => row.name },
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
        csv={csv('by-brand')}
      />

      <ContentPanel
        title={t('insights.topContent.title')}
        rows={dashboard.topContent}
        format={format}
        periodSuffix={suffix}
        csv={csv('top-content')}
      />

      <LeadersPanel period={period} />

      <RetentionPanel />
    </div>
  );
}
