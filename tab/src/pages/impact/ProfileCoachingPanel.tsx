import { Checkbox, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCoaching, ProfilePoint } from '@contract/profile-coaching';
import { profileCoachingQuery, saveProfileCoaching } from '../../api/profileCoaching';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncContent } from '../../ui/AsyncContent';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  paragraph: { margin: 0 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  points: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  pointTitle: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  advice: {
    margin: 0,
    // Under the checkbox's label, not under the box itself.
    paddingInlineStart: tokens.spacingHorizontalXXXL,
    color: tokens.colorNeutralForeground2,
  },
  sessions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sessionsTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The person's private LinkedIn profile self-check, with advice per point and the coaching sessions. */
export function ProfileCoachingPanel() {
  const { t } = useTranslation();
  const coaching = useApiQuery(profileCoachingQuery());
  return (
    <Panel title={t('profileCoaching.title')}>
      <AsyncContent state={coaching} loadingLabel={t('profileCoaching.loading')}>
        {(value) => <SelfCheck initial={value} />}
      </AsyncContent>
    </Panel>
  );
}

function SelfCheck({ initial }: { initial: ProfileCoaching }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const progressId = useId();
  const [coaching, setCoaching] = useState(initial);
  const [error, setError] = useState<unknown>();
  // Ticks save as they happen; only the answer to the latest one counts, whatever order the answers arrive in.
  const latest = useRef(0);
  const done = coaching.points.filter((point) => point.done).map((point) => point.point);
  const total = coaching.points.length;

  async function toggle(point: ProfilePoint, checked: boolean) {
    const wanted = checked ? [...done, point] : done.filter((other) => other !== point);
    const before = coaching;
    // The box follows the click at once; a failed save puts it back and says why.
    setCoaching({
      ...coaching,
      points: coaching.points.map((entry) => (entry.point === point ? { ...entry, done: checked } : entry)),
    });
    setError(undefined);
    const request = ++latest.current;
    try {
      const saved = await saveProfileCoaching({ done: wanted });
      if (request === latest.current) setCoaching(saved);
    } catch (caught) {
      if (request !== latest.current) return;
      setCoaching(before);
      setError(caught);
    }
  }

  return (
    <>
      <Text as="p" className={styles.paragraph}>
        {t('profileCoaching.intro')}
      </Text>
      <div className={styles.progress}>
        <Text id={progressId}>{t('profileCoaching.progress', { done: done.length, total })}</Text>
        <ProgressBar value={done.length} max={total} thickness="large" aria-labelledby={progressId} />
      </div>
      {error !== undefined && <ErrorState error={error} />}
      <ul className={styles.points}>
        {coaching.points.map(({ point, done: checked }) => (
          <li key={point}>
            <Checkbox
              checked={checked}
              label={{
                children: t(`profileCoaching.points.${point}.title`),
                className: styles.pointTitle,
              }}
              aria-describedby={`${progressId}-${point}`}
              onChange={(_, data) => void toggle(point, data.checked === true)}
            />
            <p id={`${progressId}-${point}`} className={styles.advice}>
              {t(`profileCoaching.points.${point}.advice`)}
            </p>
          </li>
        ))}
      </ul>
      <div className={styles.sessions}>
        <h3 className={styles.sessionsTitle}>{t('profileCoaching.sessions.title')}</h3>
        <Text as="p" className={styles.paragraph}>
          {t('profileCoaching.sessions.text')}
        </Text>
        <RouterLink to="/events">{t('profileCoaching.sessions.link')}</RouterLink>
      </div>
    </>
  );
}
