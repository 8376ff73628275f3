import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { campaignsQuery } from '../../../api/campaigns';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { RouterLink } from '../../../ui/RouterLink';
import { CampaignStatusBadge } from '../StatusBadges';
import { StudioListPage } from '../StudioListPage';
import { StudioTable, useStudioTableStyles } from '../StudioTable';
import { objectiveKeys } from '../studioLabels';

/** Studio: every campaign, newest period first, each opening its page. */
export function CampaignsPage() {
  const styles = useStudioTableStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const campaigns = useApiQuery(campaignsQuery());

  return (
    <StudioListPage
      title={t('campaigns.title')}
      intro={t('campaigns.intro')}
      newTo="/studio/campaigns/new"
      newLabel={t('campaigns.new')}
      state={campaigns}
      loadingLabel={t('campaigns.loading')}
    >
      {({ items }) => (
        <StudioTable
          label={t('campaigns.tableLabel')}
          columns={[
            t('campaigns.columns.name'),
            t('campaigns.columns.status'),
            t('campaigns.columns.period'),
            t('campaigns.columns.objective'),
          ]}
          items={items}
          emptyMessage={t('campaigns.empty')}
        >
          {(campaign) => (
            <TableRow key={campaign.id}>
              <TableCell className={styles.wrap}>
                <RouterLink to={`/studio/campaigns/${encodeURIComponent(campaign.id)}`}>
                  {localized(campaign.name, locale)}
                </RouterLink>
              </TableCell>
              <TableCell>
                <CampaignStatusBadge status={campaign.status} />
              </TableCell>
              <TableCell>
                {t('campaigns.period', {
                  start: formatDate(campaign.startsAt, locale, me.timeZone),
                  end: formatDate(campaign.endsAt, locale, me.timeZone),
                })}
              </TableCell>
              <TableCell>{t(objectiveKeys[campaign.objective])}</TableCell>
            </TableRow>
          )}
        </StudioTable>
      )}
    </StudioListPage>
  );
}
