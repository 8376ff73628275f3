import {
  Button,
  Spinner,
  TableCell,
  TableCellLayout,
  TableRow,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMembersList } from '@contract/groups';
import type { PersonSummary } from '@contract/people';
import { read } from '../../../api/apiQuery';
import { membersQuery, removeMember } from '../../../api/groups';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { AsyncContent } from '../../../ui/AsyncContent';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { ListTable } from '../../../ui/ListTable';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { Panel } from '../../../ui/Panel';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  paragraph: { margin: 0 },
  actionCell: { width: '7rem' },
});

/** The group's members, by name, each with a way out of the group (confirmed first). */
export function MembersPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const first = useApiQuery(membersQuery(groupId, { limit: PAGE_SIZE }));

  return (
    <Panel title={t('group.members.title')}>
      <AsyncContent state={first} loadingLabel={t('group.loading')}>
        {(value) => <MembersTable groupId={groupId} first={value} />}
      </AsyncContent>
    </Panel>
  );
}

function MembersTable({ groupId, first }: { groupId: string; first: GroupMembersList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const paged = usePagedList(first, (continuationToken) =>
    read(membersQuery(groupId, { limit: PAGE_SIZE, continuationToken })),
  );
  const { items: members, setItems: setMembers, error, setError, countRef } = paged;
  const [leaving, setLeaving] = useState<PersonSummary>();
  const [removing, setRemoving] = useState(false);

  async function remove(person: PersonSummary) {
    setRemoving(true);
    setError(undefined);
    try {
      await removeMember(groupId, person.id);
      setMembers((current) => current.filter((member) => member.id !== person.id));
      setLeaving(undefined);
      // The button pressed went with its row: the count below takes the focus.
      countRef.current?.focus();
    } catch (caught) {
      setError(caught);
    } finally {
      setRemoving(false);
    }
  }

  return (
    <>
      {members.length === 0 ? (
        <EmptyState message={t('group.members.empty')} />
      ) : (
        <ListTable
          label={t('group.members.tableLabel')}
          size="small"
          columns={[t('people.columns.name'), t('group.members.remove')]}
        >
          {members.map((person) => (
            <TableRow key={person.id}>
              <TableCell>
                <TableCellLayout truncate={false} description={person.jobTitle}>
                  {person.displayName}
                </TableCellLayout>
              </TableCell>
              <TableCell className={styles.actionCell}>
                <Button
                  size="small"
                  aria-label={t('group.members.removeLabel', { name: person.displayName })}
                  onClick={() => setLeaving(person)}
                >
                  {t('group.members.remove')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </ListTable>
      )}
      {error !== undefined && <ErrorState error={error} />}
      <LoadMoreFooter
        countRef={countRef}
        shownText={t('group.members.shown', { count: members.length })}
        loadMoreLabel={t('group.members.loadMore')}
        loadingLabel={t('group.members.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
      <ConfirmDialog
        open={leaving !== undefined}
        busy={removing}
        title={t('group.members.removeTitle', { name: leaving?.displayName ?? '' })}
        onClose={() => setLeaving(undefined)}
        actions={
          <>
            <Button disabled={removing} onClick={() => setLeaving(undefined)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={removing}
              icon={removing ? <Spinner size="tiny" /> : undefined}
              onClick={() => leaving && void remove(leaving)}
            >
              {t('group.members.removeConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('group.members.removeText')}
        </Text>
      </ConfirmDialog>
    </>
  );
}
