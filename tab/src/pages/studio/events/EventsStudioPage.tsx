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
import type { ProgrammeEventPage } from '@contract/events';
import { getStudioEvents } from '../../../api/events';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { EventStatusBadge } from './EventStatusBadge';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  actions: { marginBottom: tokens.spacingVerticalL },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere' },
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  footer: { marginTop: tokens.spacingVerticalM },
});

const firstPage = (signal: AbortSignal) => getStudioEvents({ limit: PAGE_SIZE }, signal);

/** Studio: every event, latest first, page by page; each opens its page. */
export function EventsStudioPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const first = useAsync(firstPage);
  return (
    <>
      <PageHeading title={t('events.studio.title')} intro={t('events.studio.intro')} />
      <div className={styles.actions}>
        <RouterLink to="/studio/events/new" appearance="button">
          <AddRegular aria-hidden /> {t('events.studio.new')}
        </RouterLink>
      </div>
      {first.status === 'loading' && <LoadingState label={t('events.studio.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && <EventsTable first={first.value} />}
    </>
  );
}

function EventsTable({ first }: { first: ProgrammeEventPage }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    getStudioEvents({ limit: PAGE_SIZE, continuationToken }),
  );
  if (paged.items.length === 0) return <EmptyState message={t('events.studio.empty')} />;
  return (
    <>
      <Table aria-label={t('events.studio.tableLabel')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('events.studio.columns.title')}</TableHeaderCell>
            <TableHeaderCell>{t('events.studio.columns.status')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('events.studio.columns.date')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('events.studio.columns.seats')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.items.map((event) => (
            <TableRow key={event.id}>
              <TableCell className={styles.name}>
                <RouterLink to={`/studio/events/${encodeURIComponent(event.id)}`}>
                  {localized(event.title, locale)}
                </RouterLink>
              </TableCell>
              <TableCell>
                <EventStatusBadge status={event.status} />
              </TableCell>
              <TableCell className={styles.secondary}>
                {formatDateTime(event.startsAt, locale, me.timeZone)}
              </TableCell>
              <TableCell className={styles.secondary}>
                {t('events.studio.seats', {
                  registered: event.registered,
                  capacity: event.capacity,
                  waitlisted: event.waitlisted,
                })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {paged.error !== undefined && <ErrorState error={paged.error} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('events.studio.shown', { count: paged.items.length })}
        loadMoreLabel={t('events.studio.loadMore')}
        loadingLabel={t('events.studio.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
