import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AmbassadorEvent } from '@contract/events';
import { myEventsQuery } from '../../api/events';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncPage } from '../../ui/AsyncPage';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { EmptyState } from '../../ui/EmptyState';
import { EventCard } from './EventCard';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalXL,
  },
  summary: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 360px), 1fr))',
  },
});

/** Ambassadors: the events they hold a place at, then the others they are invited to, soonest first. */
export function EventsPage() {
  const { t } = useTranslation();
  const events = useApiQuery(myEventsQuery());
  return (
    <AsyncPage
      title={t('events.title')}
      intro={t('events.intro')}
      state={events}
      loadingLabel={t('events.loading')}
    >
      {({ items }) =>
        items.length === 0 ? <EmptyState message={t('events.empty')} /> : <EventSections initial={items} />
      }
    </AsyncPage>
  );
}

function EventSections({ initial }: { initial: readonly AmbassadorEvent[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  // One list of cards that never reorders (a card keeps its place, and the focus, when its person registers),
  // and above it a live summary of the person's places.
  const [events, setEvents] = useState(initial);
  const replace = (changed: AmbassadorEvent) =>
    setEvents((current) => current.map((event) => (event.id === changed.id ? changed : event)));
  const mine = events.filter((event) => event.myRegistration.status !== 'none');

  return (
    <>
      <section className={styles.section} aria-labelledby="events-mine">
        <h2 id="events-mine" className={styles.heading}>
          {t('events.mine')}
        </h2>
        {mine.length === 0 ? (
          <EmptyState message={t('events.mineEmpty')} />
        ) : (
          <ul className={styles.summary}>
            {mine.map((event) => (
              <li key={event.id}>
                <strong>{localized(event.title, locale)}</strong> — {placeText(t, event)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="events-upcoming">
        <h2 id="events-upcoming" className={styles.heading}>
          {t('events.upcoming')}
        </h2>
        <div className={styles.list}>
          {events.map((event) => (
            <EventCard key={event.id} event={event} onChanged={replace} />
          ))}
        </div>
      </section>
    </>
  );
}

function placeText(t: TFunction, event: AmbassadorEvent): string {
  if (event.cancelled) return t('events.cancelled');
  const mine = event.myRegistration;
  return mine.status === 'waitlisted'
    ? t('events.waitlisted', { position: mine.position })
    : t('events.registered');
}
