import { TableCell, TableCellLayout, TableRow, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StudioItemSummary } from '@contract/content';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ListTable } from '../../../ui/ListTable';
import { RouterLink } from '../../../ui/RouterLink';
import { ContentStatusBadge } from '../StatusBadges';

const useStyles = makeStyles({
  title: { overflowWrap: 'anywhere' },
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
    <ListTable
      label={label ?? t('contentStudio.tableLabel')}
      columns={[
        t('contentStudio.columns.title'),
        t('contentStudio.columns.status'),
        ...(showCampaign ? [t('contentStudio.columns.campaign')] : []),
        t('contentStudio.columns.networks'),
        t('contentStudio.columns.created'),
      ]}
    >
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
          {showCampaign && <TableCell>{localized(item.campaign.name, locale)}</TableCell>}
          <TableCell>{item.networks.map((network) => networkNames[network]).join(', ')}</TableCell>
          <TableCell>{formatDate(item.createdAt, locale, me.timeZone)}</TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
