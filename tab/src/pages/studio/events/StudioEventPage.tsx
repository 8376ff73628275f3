import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProgrammeEvent } from '@contract/events';
import { cancelEvent, studioEventQuery, publishEvent } from '../../../api/events';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { EventFacts } from '../../events/EventFacts';
import { EventAttendees } from './EventAttendees';
import { EventStatusBadge } from './EventStatusBadge';

const useStyles = makeStyles({
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  paragraph: { margin: 0, whiteSpace: 'pre-line' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Act = 'publish' | 'cancel';

/** Studio: one event, publish or cancel it (both confirmed), and its attendees with their CSV. */
export function StudioEventPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = useApiQuery(studioEventQuery(eventId));
  return (
    <AsyncPage state={loaded} loadingLabel={t('events.studio.detail.loading')}>
      {(value) => <EventDetails initial={value} />}
    </AsyncPage>
  );
}

function EventDetails({ initial }: { initial: ProgrammeEvent }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [event, setEvent] = useState(initial);
  const [confirming, setConfirming] = useState<Act>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();

  async function act(which: Act) {
    setWorking(true);
    setError(undefined);
    try {
      if (which === 'publish') {
        const published = await publishEvent(event.id);
        setEvent(published.event);
        setNotice(t('events.studio.detail.published', published.invitations));
      } else {
        setEvent(await cancelEvent(event.id));
      }
      setConfirming(undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setWorking(false);
    }
  }

  const dialog = (which: Act, title: string, text: string, confirm: string, keep: ReactNode) => (
    <ConfirmDialog
      open={confirming === which}
      busy={working}
      title={title}
      onClose={() => setConfirming(undefined)}
      actions={
        <>
          <Button disabled={working} onClick={() => setConfirming(undefined)}>
            {keep}
          </Button>
          <Button
            appearance="primary"
            disabledFocusable={working}
            icon={working ? <Spinner size="tiny" /> : undefined}
            onClick={() => void act(which)}
          >
            {confirm}
          </Button>
        </>
      }
    >
      <Text as="p" className={styles.paragraph}>
        {text}
      </Text>
    </ConfirmDialog>
  );

  return (
    <>
      <PageHeading title={localized(event.title, locale)} />
      <div className={styles.details}>
        <div>
          <EventStatusBadge status={event.status} />
        </div>
        <EventFacts event={event} />
        <Text as="p" className={styles.paragraph}>
          {localized(event.description, locale)}
        </Text>
        <Text as="p" className={styles.paragraph}>
          {t('events.studio.detail.summary', {
            registered: event.registered,
            capacity: event.capacity,
            waitlisted: event.waitlisted,
          })}
        </Text>
        {error !== undefined && <ErrorState error={error} />}
        <p role="status" className={styles.paragraph}>
          {notice}
        </p>
        <div className={styles.actions}>
          {event.status !== 'cancelled' && (
            <RouterLink to={`/studio/events/${encodeURIComponent(event.id)}/edit`} appearance="button">
              {t('events.studio.detail.edit')}
            </RouterLink>
          )}
          {event.status === 'draft' && (
            <Button appearance="primary" onClick={() => setConfirming('publish')}>
              {t('events.studio.detail.publish')}
            </Button>
          )}
          {event.status !== 'cancelled' && (
            <Button onClick={() => setConfirming('cancel')}>{t('events.studio.detail.cancelEvent')}</Button>
          )}
        </div>
      </div>
      {dialog(
        'publish',
        t('events.studio.detail.publishTitle'),
        t('events.studio.detail.publishText'),
        t('events.studio.detail.publishConfirm'),
        t('common.cancel'),
      )}
      {dialog(
        'cancel',
        t('events.studio.detail.cancelTitle'),
        t('events.studio.detail.cancelText'),
        t('events.studio.detail.cancelConfirm'),
        t('events.studio.detail.keep'),
      )}
      {/* Counts change with the event: the key reloads the list after publishing or cancelling. */}
      <EventAttendees key={`${event.status}:${event.registered}:${event.waitlisted}`} eventId={event.id} />
    </>
  );
}
