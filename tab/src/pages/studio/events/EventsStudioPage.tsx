import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeEventList } from '@contract/events';
import { read } from '../../../api/apiQuery';
import { studioEventsQuery } from '../../../api/events';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { RouterLink } from '../../../ui/RouterLink';
import { StudioListPage } from '../StudioListPage';
import { StudioTable, useStudioTableStyles } from '../StudioTable';
import { EventStatusBadge } from './EventStatusBadge';

const PAGE_SIZE = 25;

/** Studio: every event, latest first, page by page; each opens its page. */
export function EventsStudioPage() {
  const { t } = useTranslation();
  const first = useApiQuery(studioEventsQuery({ limit: PAGE_SIZE }));
  return (
    <StudioListPage
      title={t('events.studio.title')}
      intro={t('events.studio.intro')}
      newTo="/studio/events/new"
      newLabel={t('events.studio.new')}
      state={first}
      loadingLabel={t('events.studio.loading')}
    >
      {(value) => <EventsTable first={value} />}
    </StudioListPage>
  );
}

function EventsTable({ first }: { first: ProgrammeEventList }) {
  const styles = useStudioTableStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    read(studioEventsQuery({ limit: PAGE_SIZE, continuationToken })),
  );
  return (
    <StudioTable
      label={t('events.studio.tableLabel')}
      columns={[
        t('events.studio.columns.title'),
        t('events.studio.columns.status'),
        t('events.studio.columns.date'),
        t('events.studio.columns.seats'),
      ]}
      items={paged.items}
      emptyMessage={t('events.studio.empty')}
      paging={{
        list: paged,
        shownText: t('events.studio.shown', { count: paged.items.length }),
        loadMoreLabel: t('events.studio.loadMore'),
        loadingLabel: t('events.studio.loadingMore'),
      }}
    >
      {(event) => (
        <TableRow key={event.id}>
          <TableCell className={styles.wrap}>
            <RouterLink to={`/studio/events/${encodeURIComponent(event.id)}`}>
              {localized(event.title, locale)}
            </RouterLink>
          </TableCell>
          <TableCell>
            <EventStatusBadge status={event.status} />
          </TableCell>
          <TableCell>{formatDateTime(event.startsAt, locale, me.timeZone)}</TableCell>
          <TableCell>
            {t('events.studio.seats', {
              registered: event.registered,
              capacity: event.capacity,
              waitlisted: event.waitlisted,
            })}
          </TableCell>
        </TableRow>
      )}
    </StudioTable>
  );
}
