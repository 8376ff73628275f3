import { Field, ProgressBar, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Badge, MyChallenges, MyPoints } from '@contract/challenges';
import { leaderboardQuery, myChallengesQuery, myPointsQuery } from '../../api/challenges';
import { useApiQueries, useApiQuery } from '../../hooks/useApiQuery';
import { formatDate } from '../../i18n/formatDate';
import { formatNumber } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { EmptyState } from '../../ui/EmptyState';
import { AsyncContent } from '../../ui/AsyncContent';
import { AsyncPage } from '../../ui/AsyncPage';
import { Panel } from '../../ui/Panel';
import { CampaignStatusBadge } from '../studio/StatusBadges';
import { LeaderboardTables } from './LeaderboardTables';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  challenge: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  figure: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  badge: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  subtle: { color: tokens.colorNeutralForeground2 },
});

/** Ambassadors: my points and badges, the challenges open to me with my progress, and the leaderboards. */
export function ChallengesPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const loaded = useApiQueries({ points: myPointsQuery(), challenges: myChallengesQuery() });
  return (
    <AsyncPage
      title={t('challenges.title')}
      intro={t('challenges.intro')}
      state={loaded}
      loadingLabel={t('challenges.loading')}
    >
      {({ points, challenges }) => (
        <div className={styles.page}>
          <MyPointsPanel points={points} />
          <CurrentChallenges challenges={challenges} />
          <LeaderboardPanel challenges={challenges} />
        </div>
      )}
    </AsyncPage>
  );
}

function MyPointsPanel({ points }: { points: MyPoints }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const badgeLabel = (badge: Badge) =>
    t(`challenges.badges.${badge.id}`, {
      place: badge.place,
      challenge: badge.challengeName ? localized(badge.challengeName, locale) : '',
    });
  return (
    <Panel title={t('challenges.myPoints.heading')}>
      <p className={styles.figure}>{t('challenges.myPoints.points', { count: points.points })}</p>
      <p className={styles.line}>
        {points.rank
          ? t('challenges.myPoints.rank', { rank: formatNumber(points.rank, locale) })
          : t('challenges.myPoints.noRank')}
      </p>
      <h3 className={styles.name}>{t('challenges.myPoints.badges')}</h3>
      {points.badges.length === 0 ? (
        <p className={styles.subtle}>{t('challenges.myPoints.noBadges')}</p>
      ) : (
        <ul className={styles.badges}>
          {points.badges.map((badge) => (
            <li key={`${badge.id}:${badge.challengeId ?? ''}`} className={styles.badge}>
              <div>{badgeLabel(badge)}</div>
              <div className={styles.subtle}>
                {t('challenges.myPoints.awardedOn', {
                  date: formatDate(badge.awardedAt, locale, me.timeZone),
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function CurrentChallenges({ challenges }: { challenges: MyChallenges }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  return (
    <Panel title={t('challenges.current.heading')}>
      {challenges.items.length === 0 ? (
        <EmptyState message={t('challenges.current.empty')} />
      ) : (
        <ul className={styles.list}>
          {challenges.items.map(({ challenge, progress, points, finished }) => {
            const target = challenge.goal.target;
            return (
              <li key={challenge.id} className={styles.challenge}>
                <h3 className={styles.name}>{localized(challenge.name, locale)}</h3>
                <p className={styles.line}>
                  <CampaignStatusBadge status={challenge.status} />
                  <span>
                    {t('challenges.current.period', {
                      start: formatDate(challenge.startsAt, locale, me.timeZone),
                      end: formatDate(challenge.endsAt, locale, me.timeZone),
                    })}
                  </span>
                </p>
                {localized(challenge.description, locale) && (
                  <p className={styles.line}>{localized(challenge.description, locale)}</p>
                )}
                <p className={styles.line}>
                  {t(`challenges.goals.${challenge.goal.kind}`, { target: formatNumber(target, locale) })}
                </p>
                <Field
                  label={t('challenges.current.progressLabel')}
                  hint={t('challenges.current.progress', {
                    progress: formatNumber(progress, locale),
                    target: formatNumber(target, locale),
                  })}
                  validationState={finished ? 'success' : 'none'}
                  validationMessage={finished ? t('challenges.current.finished') : undefined}
                >
                  <ProgressBar value={Math.min(progress, target)} max={target} thickness="large" />
                </Field>
                <p className={`${styles.line} ${styles.subtle}`}>
                  {t('challenges.current.points', { count: points })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

function LeaderboardPanel({ challenges }: { challenges: MyChallenges }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [scope, setScope] = useState('');
  const leaderboard = useApiQuery(leaderboardQuery(scope || undefined));
  return (
    <Panel title={t('challenges.leaderboard.heading')}>
      <Field label={t('challenges.leaderboard.scope')}>
        <Select value={scope} onChange={(_, data) => setScope(data.value)}>
          <option value="">{t('challenges.leaderboard.programme')}</option>
          {challenges.items.map(({ challenge }) => (
            <option key={challenge.id} value={challenge.id}>
              {localized(challenge.name, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <AsyncContent state={leaderboard} loadingLabel={t('challenges.leaderboard.loading')}>
        {(value) => <LeaderboardTables leaderboard={value} withProgress={scope !== ''} />}
      </AsyncContent>
    </Panel>
  );
}
