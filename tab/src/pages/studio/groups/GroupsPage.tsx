import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StudioGroup } from '@contract/groups';
import { groupsQuery } from '../../../api/groups';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ListTable } from '../../../ui/ListTable';
import { RouterLink } from '../../../ui/RouterLink';
import { CreateGroupForm } from './CreateGroupForm';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Studio: the organisation's groups, and a new one. */
export function GroupsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const groups = useApiQuery(groupsQuery());

  return (
    <AsyncPage
      title={t('groups.title')}
      intro={t('groups.intro')}
      state={groups}
      loadingLabel={t('groups.loading')}
    >
      {({ items }) => (
        <div className={styles.stack}>
          {items.length === 0 ? <EmptyState message={t('groups.empty')} /> : <GroupsTable groups={items} />}
          <CreateGroupForm />
        </div>
      )}
    </AsyncPage>
  );
}

function GroupsTable({ groups }: { groups: StudioGroup[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  return (
    <ListTable
      label={t('groups.tableLabel')}
      columns={[
        t('groups.columns.name'),
        t('groups.columns.kind'),
        t('groups.columns.members'),
        t('groups.columns.entra'),
      ]}
    >
      {groups.map((group) => (
        <TableRow key={group.id}>
          <TableCell>
            <RouterLink to={`/studio/groups/${encodeURIComponent(group.id)}`}>
              {localized(group.name, locale)}
            </RouterLink>
          </TableCell>
          <TableCell>{t(`groupKinds.${group.kind}`)}</TableCell>
          <TableCell>{t('group.members', { count: group.memberCount })}</TableCell>
          <TableCell>
            {group.entraSyncedAt
              ? t('groups.synced', { date: formatDate(group.entraSyncedAt, locale, me.timeZone) })
              : t('groups.notSynced')}
          </TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
