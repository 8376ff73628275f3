import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { CampaignInsights, InsightsTable } from '@contract/insights';
import { campaignInsightsQuery } from '../../api/insights';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { CampaignStatusBadge } from '../studio/StatusBadges';
import { AmbassadorsPanel } from './AmbassadorsPanel';
import { ContentPanel } from './ContentPanel';
import { DailyPanel } from './DailyPanel';
import { DrillDownTrail } from './DrillDownTrail';
import { figureFormat } from './figureFormat';
import { GroupPanel } from './GroupPanel';
import { insightsCsv } from './insightsCsv';
import { KpiTiles } from './KpiTiles';
import { NetworkPanel } from './NetworkPanel';
import { PeriodPage } from './PeriodPage';
import { sliceTiles } from './sliceTiles';
import { TargetsPanel } from './TargetsPanel';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
});

/** Programme managers: one campaign over the period, its targets against what it reached, its items. */
export function CampaignInsightsPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  // The period's part of the address, kept on the way back up.
  const { search } = useLocation();
  const locale = currentLocale();

  return (
    <PeriodPage
      title={(insights?: CampaignInsights) =>
        insights ? localized(insights.campaign.name, locale) : t('insights.campaign.title')
      }
      query={(period) => campaignInsightsQuery(campaignId, period)}
      loadingLabel={t('insights.campaign.loading')}
      before={<DrillDownTrail steps={[{ label: t('insights.title'), to: `/insights${search}` }]} />}
    >
      {(insights, periodSearch) => <CampaignView insights={insights} periodSearch={periodSearch} />}
    </PeriodPage>
  );
}

function CampaignView({ insights, periodSearch }: { insights: CampaignInsights; periodSearch: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const format = figureFormat(insights.period.currency);
  const { period, campaign, kpis } = insights;
  const csv = (table: InsightsTable) => () =>
    insightsCsv({ table, campaignId: campaign.id, from: period.from, to: period.to });

  return (
    <div className={styles.stack}>
      <div className={styles.facts}>
        <CampaignStatusBadge status={campaign.status} />
        <span>
          {t('insights.campaign.runs', {
            from: formatDate(campaign.startsAt, locale, me.timeZone) ?? campaign.startsAt,
            to: formatDate(campaign.endsAt, locale, me.timeZone) ?? campaign.endsAt,
          })}
        </span>
      </div>
      <KpiTiles label={t('insights.kpi.label')} format={format} tiles={sliceTiles(kpis, t)} />
      <TargetsPanel targets={insights.targets} format={format} />
      <DailyPanel
        rows={insights.byDay}
        format={format}
        empty={kpis.shares.current === 0 && kpis.clicks.current === 0}
        csv={csv('campaign-by-day')}
      />
      <ContentPanel
        title={t('insights.campaign.items')}
        rows={insights.items}
        format={format}
        periodSuffix={periodSearch ? `?${periodSearch}` : ''}
        csv={csv('campaign-items')}
      />
      <NetworkPanel rows={insights.byNetwork} format={format} csv={csv('campaign-by-network')} />
      <GroupPanel rows={insights.byGroup} format={format} csv={csv('campaign-by-group')} />
      <AmbassadorsPanel rows={insights.ambassadors} format={format} csv={csv('campaign-ambassadors')} />
    </div>
  );
}
