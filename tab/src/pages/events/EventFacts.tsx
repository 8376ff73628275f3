import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isTimeZone } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
import { ExternalLink } from '../../ui/ExternalLink';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

interface EventWhereabouts {
  startsAt: string;
  endsAt: string;
  place?: string | undefined;
  onlineUrl?: string | undefined;
}

/** When and where an event takes place, in the person's language and time zone. */
export function EventFacts({ event }: { event: EventWhereabouts }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t('events.when')}</dt>
      <dd className={styles.value}>{formatEventPeriod(event, currentLocale(), me.timeZone)}</dd>
      {event.place && (
        <>
          <dt className={styles.term}>{t('events.where')}</dt>
          <dd className={styles.value}>{event.place}</dd>
        </>
      )}
      {event.onlineUrl && (
        <>
          <dt className={styles.term}>{t('events.online')}</dt>
          <dd className={styles.value}>
            <ExternalLink href={event.onlineUrl}>{event.onlineUrl}</ExternalLink>
          </dd>
        </>
      )}
    </dl>
  );
}

/** "Tuesday 9 June 2026, 10:00 – 12:00" in the person's time zone. */
export function formatEventPeriod(
  event: Pick<EventWhereabouts, 'startsAt' | 'endsAt'>,
  locale: Locale,
  timeZone: string | undefined,
): string {
  const zone = timeZone && isTimeZone(timeZone) ? timeZone : undefined;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone });
  return format.formatRange(new Date(event.startsAt), new Date(event.endsAt));
}
