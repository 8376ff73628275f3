import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmbassadorEvent } from '@contract/events';
import { cancelMyRegistration, getEventCalendar, registerForEvent } from '../../api/events';
import { saveFile } from '../../host/saveFile';
import { formatDateTime } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { EventFacts } from './EventFacts';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  paragraph: { margin: 0, whiteSpace: 'pre-line' },
  state: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** One event as an ambassador sees it: what, when, where, their place, and what they can do about it. */
export function EventCard({
  event,
  onChanged,
}: {
  event: AmbassadorEvent;
  onChanged: (event: AmbassadorEvent) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [working, setWorking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const [savedFile, setSavedFile] = useState<string>();
  const title = localized(event.title, locale);
  const mine = event.myRegistration;
  const canRegister = mine.status === 'none' && event.registrationOpen;
  const canCancel = mine.status !== 'none' && !event.cancelled && !event.started;
  const waiting = mine.status === 'waitlisted';

  async function act(change: () => Promise<AmbassadorEvent>) {
    setWorking(true);
    setError(undefined);
    try {
      onChanged(await change());
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setWorking(false);
    }
  }

  async function addToCalendar() {
    setError(undefined);
    try {
      const fileName = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'event'}.ics`;
      saveFile({ fileName, type: 'text/calendar', text: await getEventCalendar(event.id) });
      setSavedFile(fileName);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <article className={styles.card} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <EventFacts event={event} />
      <Text as="p" className={styles.paragraph}>
        {localized(event.description, locale)}
      </Text>
      <p className={styles.state} role="status">
        {stateText()}
      </p>
      {error !== undefined && <ErrorState error={error} />}
      <div className={styles.actions}>
        {canRegister && (
          <Button
            appearance="primary"
            disabledFocusable={working}
            icon={working ? <Spinner size="tiny" /> : undefined}
            aria-label={t(event.seatsLeft > 0 ? 'events.registerLabel' : 'events.joinWaitlistLabel', {
              title,
            })}
            onClick={() => void act(() => registerForEvent(event.id))}
          >
            {event.seatsLeft > 0 ? t('events.register') : t('events.joinWaitlist')}
          </Button>
        )}
        {canCancel && (
          <Button onClick={() => setConfirming(true)}>
            {waiting ? t('events.leaveWaitlist') : t('events.cancelRegistration')}
          </Button>
        )}
        {!event.cancelled && (
          <Button icon={<CalendarAddRegular />} onClick={() => void addToCalendar()}>
            {t('events.addToCalendar')}
          </Button>
        )}
        {savedFile && <span role="status">{t('events.calendarSaved', { file: savedFile })}</span>}
      </div>
      <ConfirmDialog
        open={confirming}
        busy={working}
        title={waiting ? t('events.leaveTitle') : t('events.cancelTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button disabled={working} onClick={() => setConfirming(false)}>
              {t('events.keep')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={working}
              icon={working ? <Spinner size="tiny" /> : undefined}
              onClick={() => void act(() => cancelMyRegistration(event.id))}
            >
              {waiting ? t('events.leaveConfirm') : t('events.cancelConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {waiting ? t('events.leaveText') : t('events.cancelText')}
        </Text>
      </ConfirmDialog>
    </article>
  );

  function stateText(): string {
    if (event.cancelled) return t('events.cancelled');
    if (mine.status === 'registered') return t('events.registered');
    if (mine.status === 'waitlisted') return t('events.waitlisted', { position: mine.position });
    if (!event.registrationOpen) return t('events.closed');
    if (event.seatsLeft === 0) return t('events.full');
    const deadline = formatDateTime(event.registrationClosesAt, locale, me.timeZone) ?? '';
    return `${t('events.seatsLeft', { count: event.seatsLeft, capacity: event.capacity })} · ${t('events.deadline', { date: deadline })}`;
  }
}
