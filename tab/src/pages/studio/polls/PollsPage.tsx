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
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollList } from '@contract/polls';
import { getPolls } from '../../../api/polls';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { PollStatusBadge } from './PollStatusBadge';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  actions: { marginBottom: tokens.spacingVerticalL },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  question: { overflowWrap: 'anywhere' },
  // The Teams side panel has room for the question and status only.
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  footer: { marginTop: tokens.spacingVerticalM },
});

/** Studio: every poll, newest first, a page at a time, each opening its results. */
export function PollsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => getPolls({ limit: PAGE_SIZE }, signal), []);
  const first = useAsync(load);

  return (
    <>
      <PageHeading title={t('polls.title')} intro={t('polls.intro')} />
      <div className={styles.actions}>
        <RouterLink to="/studio/polls/new" appearance="button">
          <AddRegular aria-hidden /> {t('polls.new')}
        </RouterLink>
      </div>
      {first.status === 'loading' && <LoadingState label={t('polls.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && <PollPages first={first.value} />}
    </>
  );
}

function PollPages({ first }: { first: PollList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) => getPolls({ limit: PAGE_SIZE, continuationToken }));

  if (paged.items.length === 0) return <EmptyState message={t('polls.empty')} />;
  return (
    <>
      <Table aria-label={t('polls.tableLabel')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('polls.columns.question')}</TableHeaderCell>
            <TableHeaderCell>{t('polls.columns.status')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('polls.columns.closesAt')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('polls.columns.choice')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.items.map((poll) => (
            <TableRow key={poll.id}>
              <TableCell className={styles.question}>
                <RouterLink to={`/studio/polls/${encodeURIComponent(poll.id)}`}>
                  {localized(poll.question, locale)}
                </RouterLink>
              </TableCell>
              <TableCell>
                <PollStatusBadge status={poll.status} />
              </TableCell>
              <TableCell className={styles.secondary}>
                {formatDateTime(poll.closesAt, locale, me.timeZone)}
              </TableCell>
              <TableCell className={styles.secondary}>{t(`polls.choice.${poll.choice}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {paged.error !== undefined && <ErrorState error={paged.error} onRetry={() => void paged.loadMore()} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('polls.shown', { count: paged.items.length })}
        loadMoreLabel={t('polls.loadMore')}
        loadingLabel={t('polls.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
