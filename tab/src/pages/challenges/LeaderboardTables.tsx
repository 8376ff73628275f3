import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Leaderboard, PersonStanding } from '@contract/challenges';
import { formatNumber } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { EmptyState } from '../../ui/EmptyState';

const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  me: { fontWeight: tokens.fontWeightSemibold },
  heading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  // The Teams side panel has room for the rank, the group and its points per ambassador.
  scroll: { overflowX: 'auto' },
  secondary: { '@media (max-width: 599px)': { display: 'none' } },
});

/** A leaderboard's people and groups; `withProgress` for a challenge, whose goal progress is shown too. */
export function LeaderboardTables({
  leaderboard,
  withProgress,
}: {
  leaderboard: Leaderboard;
  withProgress: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const number = (value: number) => formatNumber(value, locale);
  const name = (line: PersonStanding) =>
    line.me ? t('challenges.leaderboard.you') : (line.name ?? t('challenges.leaderboard.hidden'));
  const { me } = leaderboard;
  return (
    <>
      <h3 className={styles.heading}>{t('challenges.leaderboard.people')}</h3>
      {leaderboard.people.length === 0 ? (
        <EmptyState message={t('challenges.leaderboard.peopleEmpty')} />
      ) : (
        <Table aria-label={t('challenges.leaderboard.people')} className={styles.table} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('challenges.leaderboard.columns.rank')}</TableHeaderCell>
              <TableHeaderCell>{t('challenges.leaderboard.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('challenges.leaderboard.columns.points')}</TableHeaderCell>
              {withProgress && (
                <TableHeaderCell>{t('challenges.leaderboard.columns.progress')}</TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {leaderboard.people.map((line, index) => (
              <TableRow
                key={index}
                className={line.me ? styles.me : undefined}
                aria-current={line.me ? 'true' : undefined}
              >
                <TableCell>{number(line.rank)}</TableCell>
                <TableCell>{name(line)}</TableCell>
                <TableCell>{number(line.points)}</TableCell>
                {withProgress && <TableCell>{number(line.progress ?? 0)}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {me && !leaderboard.people.some((line) => line.me) && (
        <p className={styles.me}>
          {t('challenges.leaderboard.myRank', { rank: number(me.rank), points: number(me.points) })}
        </p>
      )}
      <p className={styles.note}>{t('challenges.leaderboard.privacy')}</p>
      <h3 className={styles.heading}>{t('challenges.leaderboard.groups')}</h3>
      <p className={styles.note}>{t('challenges.leaderboard.groupsNote')}</p>
      {leaderboard.groups.length === 0 ? (
        <EmptyState message={t('challenges.leaderboard.groupsEmpty')} />
      ) : (
        <div
          className={styles.scroll}
          role="region"
          aria-label={t('challenges.leaderboard.groups')}
          tabIndex={0}
        >
          <Table aria-label={t('challenges.leaderboard.groups')} className={styles.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('challenges.leaderboard.columns.rank')}</TableHeaderCell>
                <TableHeaderCell>{t('challenges.leaderboard.columns.group')}</TableHeaderCell>
                <TableHeaderCell>{t('challenges.leaderboard.columns.perMember')}</TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('challenges.leaderboard.columns.points')}
                </TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('challenges.leaderboard.columns.members')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {leaderboard.groups.map((group) => (
                <TableRow key={group.groupId}>
                  <TableCell>{number(group.rank)}</TableCell>
                  <TableCell>{localized(group.name, locale)}</TableCell>
                  <TableCell>{number(group.pointsPerMember)}</TableCell>
                  <TableCell className={styles.secondary}>{number(group.points)}</TableCell>
                  <TableCell className={styles.secondary}>{number(group.members)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
