import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArchiveRegular,
  CalendarCheckmarkRegular,
  DeleteRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge } from '@contract/challenges';
import { deleteChallenge, getChallenges, setChallengeStatus } from '../../../api/challenges';
import { useAsync } from '../../../hooks/useAsync';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { ConfirmAction } from '../ConfirmAction';
import { CampaignStatusBadge } from '../StatusBadges';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere' },
  rowActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
});

/** Studio: every challenge, newest period first, with what can be done to each. */
export function ChallengesStudioPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const challenges = useAsync(getChallenges);
  const [changeError, setChangeError] = useState<unknown>();
  return (
    <>
      <PageHeading title={t('challenges.studio.title')} intro={t('challenges.studio.intro')} />
      <div className={styles.actions}>
        <RouterLink to="/studio/challenges/new" appearance="button">
          <AddRegular aria-hidden /> {t('challenges.studio.new')}
        </RouterLink>
        <RouterLink to="/studio/points-rules">
          <TrophyRegular aria-hidden /> {t('challenges.studio.pointsRules')}
        </RouterLink>
      </div>
      {changeError !== undefined && (
        <ErrorState error={changeError} title={t('challenges.studio.changeFailed')} />
      )}
      {challenges.status === 'loading' && <LoadingState label={t('challenges.studio.loading')} />}
      {challenges.status === 'error' && <ErrorState error={challenges.error} onRetry={challenges.retry} />}
      {challenges.status === 'done' &&
        (challenges.value.items.length === 0 ? (
          <EmptyState message={t('challenges.studio.empty')} />
        ) : (
          <Table aria-label={t('challenges.studio.tableLabel')} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('challenges.studio.columns.name')}</TableHeaderCell>
                <TableHeaderCell>{t('challenges.studio.columns.status')}</TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('challenges.studio.columns.period')}
                </TableHeaderCell>
                <TableHeaderCell className={styles.secondary}>
                  {t('challenges.studio.columns.goal')}
                </TableHeaderCell>
                <TableHeaderCell>{t('challenges.studio.columns.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {challenges.value.items.map((challenge) => (
                <ChallengeRow
                  key={challenge.id}
                  challenge={challenge}
                  onChanged={challenges.retry}
                  onFailed={setChangeError}
                />
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}

function ChallengeRow({
  challenge,
  onChanged,
  onFailed,
}: {
  challenge: Challenge;
  onChanged: () => void;
  onFailed: (error: unknown) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const editable = challenge.status === 'draft' || challenge.status === 'scheduled';
  const name = localized(challenge.name, locale);
  async function plan() {
    try {
      onFailed(undefined);
      await setChallengeStatus(challenge.id, 'scheduled');
      onChanged();
    } catch (error) {
      onFailed(error);
    }
  }
  return (
    <TableRow>
      <TableCell className={styles.name}>
        {editable ? (
          <RouterLink to={`/studio/challenges/${encodeURIComponent(challenge.id)}/edit`}>{name}</RouterLink>
        ) : (
          name
        )}
      </TableCell>
      <TableCell>
        <CampaignStatusBadge status={challenge.status} />
      </TableCell>
      <TableCell className={styles.secondary}>
        {t('challenges.current.period', {
          start: formatDate(challenge.startsAt, locale, me.timeZone),
          end: formatDate(challenge.endsAt, locale, me.timeZone),
        })}
      </TableCell>
      <TableCell className={styles.secondary}>
        {t(`challenges.goals.${challenge.goal.kind}`, { target: challenge.goal.target })}
      </TableCell>
      <TableCell>
        <div className={styles.rowActions}>
          {challenge.status === 'draft' && (
            <Button
              icon={<CalendarCheckmarkRegular />}
              onClick={() => void plan()}
              aria-label={`${t('challenges.studio.plan')}: ${name}`}
            >
              {t('challenges.studio.plan')}
            </Button>
          )}
          {challenge.status !== 'archived' && (
            <ConfirmAction
              label={t('challenges.studio.archive')}
              confirmLabel={t('challenges.studio.archiveDialog.confirm')}
              title={t('challenges.studio.archiveDialog.title')}
              text={t('challenges.studio.archiveDialog.text')}
              icon={<ArchiveRegular />}
              action={async () => {
                await setChallengeStatus(challenge.id, 'archived');
                onChanged();
              }}
            />
          )}
          {challenge.status === 'draft' && (
            <ConfirmAction
              label={t('challenges.studio.delete')}
              confirmLabel={t('challenges.studio.deleteDialog.confirm')}
              title={t('challenges.studio.deleteDialog.title')}
              text={t('challenges.studio.deleteDialog.text')}
              icon={<DeleteRegular />}
              action={async () => {
                await deleteChallenge(challenge.id);
                onChanged();
              }}
            />
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
