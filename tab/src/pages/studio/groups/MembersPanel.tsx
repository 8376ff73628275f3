import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupMembersPage } from '@contract/groups';
import type { PersonSummary } from '@contract/people';
import { getMembers, removeMember } from '../../../api/groups';
import { useAsync } from '../../../hooks/useAsync';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  count: { margin: 0, color: tokens.colorNeutralForeground2, ':focus': { outlineStyle: 'none' } },
  paragraph: { margin: 0 },
  actionCell: { width: '7rem' },
});

/** The group's members, by name, each with a way out of the group (confirmed first). */
export function MembersPanel({ groupId, onRemoved }: { groupId: string; onRemoved: () => void }) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) => getMembers(groupId, { limit: PAGE_SIZE }, signal),
    [groupId],
  );
  const first = useAsync(load);

  return (
    <Panel title={t('group.members.title')}>
      {first.status === 'loading' && <LoadingState label={t('group.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && (
        <MembersTable groupId={groupId} first={first.value} onRemoved={onRemoved} />
      )}
    </Panel>
  );
}

function MembersTable({
  groupId,
  first,
  onRemoved,
}: {
  groupId: string;
  first: GroupMembersPage;
  onRemoved: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [members, setMembers] = useState(first.items);
  const [continuationToken, setContinuationToken] = useState(first.continuationToken);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>();
  const [leaving, setLeaving] = useState<PersonSummary>();
  const [removing, setRemoving] = useState(false);
  const countRef = useRef<HTMLParagraphElement>(null);

  async function loadMore() {
    if (!continuationToken) return;
    setLoadingMore(true);
    setError(undefined);
    try {
      const next = await getMembers(groupId, { limit: PAGE_SIZE, continuationToken });
      setMembers((current) => [...current, ...next.items]);
      setContinuationToken(next.continuationToken);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  async function remove(person: PersonSummary) {
    setRemoving(true);
    setError(undefined);
    try {
      await removeMember(groupId, person.id);
      setMembers((current) => current.filter((member) => member.id !== person.id));
      setLeaving(undefined);
      onRemoved();
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
        <Table aria-label={t('group.members.tableLabel')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('people.columns.name')}</TableHeaderCell>
              <TableHeaderCell className={styles.actionCell}>{t('group.members.remove')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
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
          </TableBody>
        </Table>
      )}
      {error !== undefined && <ErrorState error={error} />}
      <div className={styles.footer}>
        <p ref={countRef} tabIndex={-1} aria-live="polite" className={styles.count}>
          {t('group.members.shown', { count: members.length })}
        </p>
        {continuationToken && (
          <Button
            onClick={() => void loadMore()}
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
            aria-label={loadingMore ? t('group.members.loadingMore') : undefined}
          >
            {t('group.members.loadMore')}
          </Button>
        )}
      </div>
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
