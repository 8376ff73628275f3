import {
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StudioItemSummary } from '@contract/content';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { RouterLink } from '../../../ui/RouterLink';
import { ContentStatusBadge } from '../StatusBadges';

const useStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { overflowWrap: 'anywhere' },
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
});

interface StudioItemTableProps {
  items: readonly StudioItemSummary[];
  emptyMessage: string;
  showCampaign?: boolean;
  /** Where a title leads: the editor by default, the review page from the queue. */
  linkTo?: (item: StudioItemSummary) => string;
  label?: string;
}

const toEditor = (item: StudioItemSummary) => `/studio/content/${encodeURIComponent(item.id)}`;

/** Content as the studio lists it: title, status, networks, campaign, who proposed it, when. */
export function StudioItemTable({
  items,
  emptyMessage,
  showCampaign = true,
  linkTo = toEditor,
  label,
}: StudioItemTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  if (items.length === 0) return <EmptyState message={emptyMessage} />;
  return (
    <Table aria-label={label ?? t('contentStudio.tableLabel')} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('contentStudio.columns.title')}</TableHeaderCell>
          <TableHeaderCell>{t('contentStudio.columns.status')}</TableHeaderCell>
          {showCampaign && (
            <TableHeaderCell className={styles.secondary}>
              {t('contentStudio.columns.campaign')}
            </TableHeaderCell>
          )}
          <TableHeaderCell className={styles.secondary}>
            {t('contentStudio.columns.networks')}
          </TableHeaderCell>
          <TableHeaderCell className={styles.secondary}>{t('contentStudio.columns.created')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className={styles.title}>
              <TableCellLayout
                truncate={false}
                description={
                  item.proposedBy ? t('library.proposedBy', { name: item.proposedBy.displayName }) : undefined
                }
              >
                <RouterLink to={linkTo(item)}>{localized(item.title, locale)}</RouterLink>
              </TableCellLayout>
            </TableCell>
            <TableCell>
              <ContentStatusBadge status={item.status} reach={item.reach} />
            </TableCell>
            {showCampaign && (
              <TableCell className={styles.secondary}>{localized(item.campaign.name, locale)}</TableCell>
            )}
            <TableCell className={styles.secondary}>
              {item.networks.map((network) => networkNames[network]).join(', ')}
            </TableCell>
            <TableCell className={styles.secondary}>
              {formatDate(item.createdAt, locale, me.timeZone)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
