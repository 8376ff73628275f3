import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ContentEvent } from '@contract/content';
import { formatDateTime } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
import { networkNames } from '@contract/network';
import { EmptyState } from '../../ui/EmptyState';
import { TextChanges } from '../../ui/textChanges/TextChanges';
import { textDiff } from '../../ui/textChanges/textDiff';
import { eventKeys } from './studioLabels';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  what: { fontWeight: tokens.fontWeightSemibold },
  correction: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  comment: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

/**
 * The decisions and comments on an item, oldest first: what its author reads of the review, with the words a
 * reviewer corrected marked in place.
 */
export function ContentHistory({ events }: { events: readonly ContentEvent[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  if (events.length === 0) return <EmptyState message={t('studio.history.empty')} />;
  return (
    <ol className={styles.list}>
      {events.map((event, index) => (
        <li key={`${event.at}:${index}`} className={styles.entry}>
          <span>
            <span className={styles.what}>{t(eventKeys[event.action])}</span>{' '}
            <span className={styles.meta}>
              {t('studio.history.byOn', {
                name: event.by.displayName || t('studio.history.unknownPerson'),
                date: formatDateTime(event.at, locale, me.timeZone) ?? event.at,
              })}
            </span>
          </span>
          {/* Several texts may share a network and language: the text before correction tells them apart. */}
          {event.corrections?.map((correction, correctionIndex) => (
            <div key={correctionIndex} className={styles.correction}>
              <span className={styles.meta}>
                {t('contentStudio.details.textTitle', {
                  network: networkNames[correction.network],
                  language: t(`languages.${correction.language}`),
                })}
              </span>
              <TextChanges parts={textDiff(correction.before, correction.after)} lang={correction.language} />
            </div>
          ))}
          {event.comment && <blockquote className={styles.comment}>{event.comment}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
