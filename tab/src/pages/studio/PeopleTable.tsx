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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@contract/people';
import { getPeoplePage } from '../../api/people';
import { currentLocale } from '../../i18n/i18n';
import { enrolmentLabelKeys } from '../../i18n/labelKeys';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LabelBadge } from '../../ui/LabelBadge';
import type { FirstPeoplePage } from './PeoplePage';

export const PEOPLE_PAGE_SIZE = 25;

const enrolmentColours = {
  'not-enrolled': 'informative',
  ambassador: 'success',
  left: 'subtle',
} as const satisfies Record<PersonSummary['enrolment'], string>;

const useStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Too little room for the groups in the Teams side panel.
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
  count: { margin: 0, color: tokens.colorNeutralForeground2, ':focus': { outlineStyle: 'none' } },
});

/** The people loaded so far, and "Load more" while the API has a continuation token. */
export function PeopleTable({ first }: { first: FirstPeoplePage }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [people, setPeople] = useState(first.page.items);
  const [continuationToken, setContinuationToken] = useState(first.page.continuationToken);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<unknown>();
  const countRef = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(continuationToken !== undefined);

  // When the last page arrives the button disappears: keep keyboard focus nearby instead of losing it.
  useEffect(() => {
    if (hadMore.current && continuationToken === undefined) countRef.current?.focus();
    hadMore.current = continuationToken !== undefined;
  }, [continuationToken]);

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

  async function loadMore() {
    if (!continuationToken) return;
    setLoadingMore(true);
    setLoadError(undefined);
    try {
      const next = await getPeoplePage({ limit: PEOPLE_PAGE_SIZE, continuationToken });
      setPeople((current) => [...current, ...next.items]);
      setContinuationToken(next.continuationToken);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  if (people.length === 0) return <EmptyState message={t('people.empty')} />;

  // A read-only list is a table, not a grid: native table semantics, one Tab stop per real control.
  return (
    <>
      <Table aria-label={t('people.tableLabel')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('people.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('people.columns.enrolment')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('people.columns.groups')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
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
              <TableCell className={styles.secondary}>{groupsOf(person)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {loadError !== undefined && <ErrorState error={loadError} onRetry={() => void loadMore()} />}

      <div className={styles.footer}>
        <p ref={countRef} tabIndex={-1} aria-live="polite" className={styles.count}>
          {t('people.shown', { count: people.length })}
        </p>
        {continuationToken && (
          <Button
            onClick={() => void loadMore()}
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
            aria-label={loadingMore ? t('people.loadingMore') : undefined}
          >
            {t('people.loadMore')}
          </Button>
        )}
      </div>
    </>
  );
}
