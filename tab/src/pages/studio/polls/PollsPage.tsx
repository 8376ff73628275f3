import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PollList } from '@contract/polls';
import { read } from '../../../api/apiQuery';
import { pollsQuery } from '../../../api/polls';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { RouterLink } from '../../../ui/RouterLink';
import { StudioListPage } from '../StudioListPage';
import { StudioTable, useStudioTableStyles } from '../StudioTable';
import { PollStatusBadge } from './PollStatusBadge';

const PAGE_SIZE = 25;

/** Studio: every poll, newest first, a page at a time, each opening its results. */
export function PollsPage() {
  const { t } = useTranslation();
  const first = useApiQuery(pollsQuery({ limit: PAGE_SIZE }));

  return (
    <StudioListPage
      title={t('polls.title')}
      intro={t('polls.intro')}
      newTo="/studio/polls/new"
      newLabel={t('polls.new')}
      state={first}
      loadingLabel={t('polls.loading')}
    >
      {(value) => <PollPages first={value} />}
    </StudioListPage>
  );
}

function PollPages({ first }: { first: PollList }) {
  const styles = useStudioTableStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    read(pollsQuery({ limit: PAGE_SIZE, continuationToken })),
  );

  return (
    <StudioTable
      label={t('polls.tableLabel')}
      columns={[
        t('polls.columns.question'),
        t('polls.columns.status'),
        t('polls.columns.closesAt'),
        t('polls.columns.choice'),
      ]}
      items={paged.items}
      emptyMessage={t('polls.empty')}
      paging={{
        list: paged,
        shownText: t('polls.shown', { count: paged.items.length }),
        loadMoreLabel: t('polls.loadMore'),
        loadingLabel: t('polls.loadingMore'),
      }}
    >
      {(poll) => (
        <TableRow key={poll.id}>
          <TableCell className={styles.wrap}>
            <RouterLink to={`/studio/polls/${encodeURIComponent(poll.id)}`}>
              {localized(poll.question, locale)}
            </RouterLink>
          </TableCell>
          <TableCell>
            <PollStatusBadge status={poll.status} />
          </TableCell>
          <TableCell>{formatDateTime(poll.closesAt, locale, me.timeZone)}</TableCell>
          <TableCell>{t(`polls.choice.${poll.choice}`)}</TableCell>
        </TableRow>
      )}
    </StudioTable>
  );
}
