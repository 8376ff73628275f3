import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nudge } from '@contract/nudges';
import { getNudge } from '../../../api/nudges';
import { NotReached } from '../NotReached';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';

/** While deliveries are on their way, the figures are read again this often. */
const REFRESH_MS = 5_000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '180px',
    // On a phone the table has no room to spare: the figures wrap instead.
    '@media (max-width: 479px)': { minWidth: 0 },
  },
});

/** Whether the outbox still has deliveries of this nudge to send (or it is being written to it). */
function isUnderway(nudge: Nudge): boolean {
  return nudge.status === 'sending' || nudge.progress.pending > 0;
}

/**
 * A nudge's delivery: a bar of what left (sent, failed or unreachable) out of everything queued, the figures,
 * and the estimated finish; read again every few seconds while deliveries are pending.
 */
export function NudgeProgress({ nudge, onChange }: { nudge: Nudge; onChange: (nudge: Nudge) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const underway = isUnderway(nudge);

  useEffect(() => {
    if (!underway) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      getNudge(nudge.id, controller.signal).then(onChange, () => {
        // A failed refresh keeps the figures shown; the next one tries again.
      });
    }, REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [nudge.id, underway, onChange]);

  const { sent, failed, pending, unreachable, estimatedFinishAt } = nudge.progress;
  const total = sent + failed + pending + unreachable;
  const inDigest = nudge.outcome?.inDigest ?? 0;
  if (total === 0) {
    return (
      <div className={styles.root}>
        <Text size={200}>{t('nudges.progress.none')}</Text>
        {inDigest > 0 && <Text size={200}>{t('nudges.progress.inDigest', { count: inDigest })}</Text>}
        {nudge.outcome && <NotReached outcome={nudge.outcome} />}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <ProgressBar
        value={(total - pending) / total}
        color={failed > 0 ? 'warning' : 'brand'}
        aria-label={t('nudges.progress.label', { title: localized(nudge.title, locale) })}
        aria-valuetext={t('nudges.progress.figures', { sent, pending, failed, unreachable })}
      />
      <Text size={200}>{t('nudges.progress.figures', { sent, pending, failed, unreachable })}</Text>
      {estimatedFinishAt && (
        <Text size={200}>
          {t('nudges.progress.eta', { at: formatDateTime(estimatedFinishAt, locale, me.timeZone) })}
        </Text>
      )}
      {inDigest > 0 && <Text size={200}>{t('nudges.progress.inDigest', { count: inDigest })}</Text>}
    </div>
  );
}
