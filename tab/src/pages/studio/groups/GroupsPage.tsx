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
import { useTranslation } from 'react-i18next';
import type { StudioGroup } from '@contract/groups';
import { getGroups } from '../../../api/groups';
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
import { CreateGroupForm } from './CreateGroupForm';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Too little room in the Teams side panel.
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
});

/** Studio: the organisation's groups, and a new one. */
export function GroupsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const groups = useAsync(getGroups);

  return (
    <>
      <PageHeading title={t('groups.title')} intro={t('groups.intro')} />
      {groups.status === 'loading' && <LoadingState label={t('groups.loading')} />}
      {groups.status === 'error' && <ErrorState error={groups.error} onRetry={groups.retry} />}
      {groups.status === 'done' && (
        <div className={styles.stack}>
          {groups.value.items.length === 0 ? (
            <EmptyState message={t('groups.empty')} />
          ) : (
            <GroupsTable groups={groups.value.items} />
          )}
          <CreateGroupForm />
        </div>
      )}
    </>
  );
}

function GroupsTable({ groups }: { groups: StudioGroup[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  return (
    <Table aria-label={t('groups.tableLabel')} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('groups.columns.name')}</TableHeaderCell>
          <TableHeaderCell className={styles.secondary}>{t('groups.columns.kind')}</TableHeaderCell>
          <TableHeaderCell>{t('groups.columns.members')}</TableHeaderCell>
          <TableHeaderCell className={styles.secondary}>{t('groups.columns.entra')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group) => (
          <TableRow key={group.id}>
            <TableCell>
              <RouterLink to={`/studio/groups/${encodeURIComponent(group.id)}`}>
                {localized(group.name, locale)}
              </RouterLink>
            </TableCell>
            <TableCell className={styles.secondary}>{t(`groupKinds.${group.kind}`)}</TableCell>
            <TableCell>{t('group.members', { count: group.memberCount })}</TableCell>
            <TableCell className={styles.secondary}>
              {group.entraSyncedAt
                ? t('groups.synced', { date: formatDate(group.entraSyncedAt, locale, me.timeZone) })
                : t('groups.notSynced')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
