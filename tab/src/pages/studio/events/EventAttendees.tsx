import { Button, Spinner, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '@contract/events';
import { attendeesQuery, getAttendeesCsv } from '../../../api/events';
import { saveFile } from '../../../host/saveFile';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { AsyncContent } from '../../../ui/AsyncContent';
import { ErrorState } from '../../../ui/ErrorState';
import { StudioTable, useStudioTableStyles } from '../StudioTable';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXL,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Registered people, then the waitlist in order (bounded by the capacity: one list, no paging), and its CSV. */
export function EventAttendees({ eventId }: { eventId: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const attendees = useApiQuery(attendeesQuery(eventId));
  return (
    <section className={styles.section} aria-labelledby="event-attendees">
      <h2 id="event-attendees" className={styles.heading}>
        {t('events.studio.detail.attendees')}
      </h2>
      <AsyncContent state={attendees} loadingLabel={t('events.studio.detail.loading')}>
        {({ items }) => <AttendeeTable eventId={eventId} items={items} />}
      </AsyncContent>
    </section>
  );
}

function AttendeeTable({ eventId, items }: { eventId: string; items: Attendee[] }) {
  const styles = useStyles();
  const table = useStudioTableStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [download, setDownload] = useState<'idle' | 'working' | 'done'>('idle');
  const [error, setError] = useState<unknown>();
  const fileName = `event-${eventId}-attendees.csv`;

  async function downloadCsv() {
    setDownload('working');
    setError(undefined);
    try {
      saveFile({ fileName, type: 'text/csv', text: await getAttendeesCsv(eventId) });
      setDownload('done');
    } catch (caught) {
      setError(caught);
      setDownload('idle');
    }
  }

  return (
    <StudioTable
      label={t('events.studio.detail.attendeesLabel')}
      columns={[
        t('events.studio.detail.columns.name'),
        t('events.studio.detail.columns.status'),
        t('events.studio.detail.columns.email'),
        t('events.studio.detail.columns.registeredAt'),
      ]}
      items={items}
      emptyMessage={t('events.studio.detail.attendeesEmpty')}
      footer={
        <>
          {error !== undefined && <ErrorState error={error} />}
          <div className={styles.footer}>
            <Button
              icon={download === 'working' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
              disabledFocusable={download === 'working'}
              onClick={() => void downloadCsv()}
            >
              {t('events.studio.detail.download')}
            </Button>
            <span role="status">
              {download === 'working' && t('events.studio.detail.downloading')}
              {download === 'done' && t('events.studio.detail.downloaded', { file: fileName })}
            </span>
          </div>
        </>
      }
    >
      {(attendee) => (
        <TableRow key={attendee.personId}>
          <TableCell className={table.wrap}>
            {attendee.displayName || t('events.studio.detail.erased')}
          </TableCell>
          <TableCell>
            {attendee.status === 'registered'
              ? t('events.studio.detail.statusRegistered')
              : t('events.studio.detail.statusWaitlisted', { position: attendee.position })}
          </TableCell>
          <TableCell className={table.wrap}>{attendee.email}</TableCell>
          <TableCell>{formatDateTime(attendee.registeredAt, locale, me.timeZone)}</TableCell>
        </TableRow>
      )}
    </StudioTable>
  );
}
