import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { getCampaigns } from '../../../api/campaigns';
import { useAsync } from '../../../hooks/useAsync';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { CampaignStatusBadge } from '../StatusBadges';
import { objectiveKeys } from '../studioLabels';

const useStyles = makeStyles({
  actions: { marginBottom: tokens.spacingVerticalL },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere' },
  // The Teams side panel has room for the name and status only.
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
});

/** Studio: every campaign, newest period first, each opening its page. */
export function CampaignsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const campaigns = useAsync(getCampaigns);

  return (
    <>
      <PageHeading title={t('campaigns.title')} intro={t('campaigns.intro')} />
      <div className={styles.actions}>
        <RouterLink to="/studio/campaigns/new" appearance="button">
          <AddRegular aria-hidden /> {t('campaigns.new')}
        </RouterLink>
      </div>
      {campaigns.status === 'loading' && <LoadingState label={t('campaigns.loading')} />}
      {campaigns.status === 'error' && <ErrorState error={campaigns.error} onRetry={campaigns.retry} />}
      {campaigns.status === 'done' &&
        (campaigns.value.items.length === 0 ? (
          <EmptyState message={t('campaigns.empty')} />
        ) : (
          <Table aria-label={t('campaigns.tableLabel')} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('campaigns.columns.name')}</TableHeaderCell>
                <TableHeaderCell>{t('campaigns.columns.status')}</TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('campaigns.columns.period')}
                </TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('campaigns.columns.objective')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {campaigns.value.items.map((campaign) => (
                <TableRow key={campaign.id}>
                  <TableCell className={styles.name}>
                    <RouterLink to={`/studio/campaigns/${encodeURIComponent(campaign.id)}`}>
                      {localized(campaign.name, locale)}
                    </RouterLink>
                  </TableCell>
                  <TableCell>
                    <CampaignStatusBadge status={campaign.status} />
                  </TableCell>
                  <TableCell className={styles.secondary}>
                    {t('campaigns.period', {
                      start: formatDate(campaign.startsAt, locale, me.timeZone),
                      end: formatDate(campaign.endsAt, locale, me.timeZone),
                    })}
                  </TableCell>
                  <TableCell className={styles.secondary}>{t(objectiveKeys[campaign.objective])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}
