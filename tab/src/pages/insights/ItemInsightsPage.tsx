import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { InsightsTable, ItemInsights } from '@contract/insights';
import { itemInsightsQuery } from '../../api/insights';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { AmbassadorsPanel } from './AmbassadorsPanel';
import { DailyPanel } from './DailyPanel';
import { DrillDownTrail } from './DrillDownTrail';
import { figureFormat } from './figureFormat';
import { insightsCsv } from './insightsCsv';
import { KpiTiles } from './KpiTiles';
import { NetworkPanel } from './NetworkPanel';
import { PeriodPage } from './PeriodPage';
import { sliceTiles } from './sliceTiles';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Programme managers: one content item over the period, by day, network and ambassador. */
export function ItemInsightsPage() {
  const { t } = useTranslation();
  const { itemId = '' } = useParams();
  // The period's part of the address, kept on the way back up.
  const { search } = useLocation();
  const locale = currentLocale();
  const title = (insights?: ItemInsights) =>
    (insights && localized(insights.item.title, locale)) || t('insights.item.title');

  return (
    <PeriodPage
      title={title}
      query={(period) => itemInsightsQuery(itemId, period)}
      loadingLabel={t('insights.item.loading')}
    >
      {(insights) => (
        <>
          <DrillDownTrail
            steps={[
              { label: t('insights.title'), to: `/insights${search}` },
              ...(insights.item.campaignId
                ? [
                    {
                      label: t('insights.item.campaign'),
                      to: `/insights/campaigns/${encodeURIComponent(insights.item.campaignId)}${search}`,
                    },
                  ]
                : []),
            ]}
          />
          <ItemView insights={insights} />
        </>
      )}
    </PeriodPage>
  );
}

function ItemView({ insights }: { insights: ItemInsights }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = figureFormat(insights.period.currency);
  const { period, item, kpis } = insights;
  const csv = (table: InsightsTable) => () =>
    insightsCsv({ table, itemId: item.id, from: period.from, to: period.to });

  return (
    <div className={styles.stack}>
      <KpiTiles label={t('insights.kpi.label')} format={format} tiles={sliceTiles(kpis, t)} />
      <DailyPanel
        rows={insights.byDay}
        format={format}
        empty={kpis.shares.current === 0 && kpis.clicks.current === 0}
        csv={csv('item-by-day')}
      />
      <NetworkPanel rows={insights.byNetwork} format={format} csv={csv('item-by-network')} />
      <AmbassadorsPanel rows={insights.ambassadors} format={format} csv={csv('item-ambassadors')} />
    </div>
  );
}
