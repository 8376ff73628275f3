import { Button, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArchiveRegular,
  CalendarCheckmarkRegular,
  DeleteRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge } from '@contract/challenges';
import { deleteChallenge, challengesQuery, setChallengeStatus } from '../../../api/challenges';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { ErrorState } from '../../../ui/ErrorState';
import { RouterLink } from '../../../ui/RouterLink';
import { ConfirmAction } from '../ConfirmAction';
import { CampaignStatusBadge } from '../StatusBadges';
import { StudioListPage } from '../StudioListPage';
import { StudioTable, useStudioTableStyles } from '../StudioTable';

const useStyles = makeStyles({
  rowActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** Studio: every challenge, newest period first, with what can be done to each. */
export function ChallengesStudioPage() {
  const { t } = useTranslation();
  const challenges = useApiQuery(challengesQuery());
  const [changeError, setChangeError] = useState<unknown>();
  return (
    <StudioListPage
      title={t('challenges.studio.title')}
      intro={t('challenges.studio.intro')}
      newTo="/studio/challenges/new"
      newLabel={t('challenges.studio.new')}
      actions={
        <RouterLink to="/studio/points-rules">
          <TrophyRegular aria-hidden /> {t('challenges.studio.pointsRules')}
        </RouterLink>
      }
      notice={
        changeError !== undefined && (
          <ErrorState error={changeError} title={t('challenges.studio.changeFailed')} />
        )
      }
      state={challenges}
      loadingLabel={t('challenges.studio.loading')}
    >
      {({ items }) => (
        <StudioTable
          label={t('challenges.studio.tableLabel')}
          columns={[
            t('challenges.studio.columns.name'),
            t('challenges.studio.columns.status'),
            t('challenges.studio.columns.period'),
            t('challenges.studio.columns.goal'),
            t('challenges.studio.columns.actions'),
          ]}
          items={items}
          emptyMessage={t('challenges.studio.empty')}
        >
          {(challenge) => (
            <ChallengeRow
              key={challenge.id}
              challenge={challenge}
              onChanged={challenges.retry}
              onFailed={setChangeError}
            />
          )}
        </StudioTable>
      )}
    </StudioListPage>
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
  const table = useStudioTableStyles();
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
      <TableCell className={table.wrap}>
        {editable ? (
          <RouterLink to={`/studio/challenges/${encodeURIComponent(challenge.id)}/edit`}>{name}</RouterLink>
        ) : (
          name
        )}
      </TableCell>
      <TableCell>
        <CampaignStatusBadge status={challenge.status} />
      </TableCell>
      <TableCell>
        {t('challenges.current.period', {
          start: formatDate(challenge.startsAt, locale, me.timeZone),
          end: formatDate(challenge.endsAt, locale, me.timeZone),
        })}
      </TableCell>
      <TableCell>{t(`challenges.goals.${challenge.goal.kind}`, { target: challenge.goal.target })}</TableCell>
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
