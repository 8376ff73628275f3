import { TableCell, TableCellLayout, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleList, PersonSummary } from '@contract/people';
import { read } from '../../api/apiQuery';
import { peoplePageQuery } from '../../api/people';
import { currentLocale } from '../../i18n/i18n';
import { usePagedList } from '../../hooks/usePagedList';
import { enrolmentLabelKeys } from '../../i18n/labelKeys';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LabelBadge } from '../../ui/LabelBadge';
import { ListTable } from '../../ui/ListTable';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { useSession } from '../../session/sessionContext';
import { LeaderAction } from './LeaderAction';
import type { WithOrganisation } from './usePageWithOrganisation';

export const PEOPLE_PAGE_SIZE = 25;

const enrolmentColours = {
  'not-enrolled': 'informative',
  ambassador: 'success',
  left: 'subtle',
} as const satisfies Record<PersonSummary['enrolment'], string>;

const useStyles = makeStyles({
  footer: { marginTop: tokens.spacingVerticalM },
  leader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The people loaded so far, and "Load more" while the API has a continuation token. */
export function PeopleTable({ first }: { first: WithOrganisation<PeopleList> }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const paged = usePagedList(first.page, (continuationToken) =>
    read(peoplePageQuery({ limit: PEOPLE_PAGE_SIZE, continuationToken })),
  );
  const people = paged.items;
  const isAdmin = useSession().me.roles.includes('Programme.Admin');
  const replace = (changed: PersonSummary) =>
    paged.setItems((current) => current.map((person) => (person.id === changed.id ? changed : person)));

  const locale = currentLocale();
  const groupNames = useMemo(
    () => new Map(first.organisation?.groups.map((group) => [group.id, group.name[locale]])),
    [first.organisation, locale],
  );

  const groupsOf = (person: PersonSummary) => {
    if (person.groupIds.length === 0) return t('people.noGroups');
    if (!first.organisation) return String(person.groupIds.length);
    return person.groupIds.map((id) => groupNames.get(id) ?? id).join(', ');
  };

  if (people.length === 0) return <EmptyState message={t('people.empty')} />;

  // A read-only list is a table, not a grid: native table semantics, one Tab stop per real control.
  return (
    <>
      <ListTable
        label={t('people.tableLabel')}
        columns={[
          t('people.columns.name'),
          t('people.columns.enrolment'),
          t('people.columns.groups'),
          t('people.columns.leader'),
        ]}
      >
        {people.map((person) => (
          <TableRow key={person.id}>
            <TableCell>
              <TableCellLayout truncate={false} description={person.jobTitle}>
                {person.displayName}
              </TableCellLayout>
            </TableCell>
            <TableCell>
              <LabelBadge color={enrolmentColours[person.enrolment]}>
                {t(enrolmentLabelKeys[person.enrolment])}
              </LabelBadge>
            </TableCell>
            <TableCell>{groupsOf(person)}</TableCell>
            <TableCell>
              <div className={styles.leader}>
                {person.leader && <LabelBadge color="brand">{person.leader.title}</LabelBadge>}
                {isAdmin && <LeaderAction person={person} onChanged={replace} />}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </ListTable>

      {paged.error !== undefined && <ErrorState error={paged.error} onRetry={() => void paged.loadMore()} />}

      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('people.shown', { count: people.length })}
        loadMoreLabel={t('people.loadMore')}
        loadingLabel={t('people.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
