import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nudge, NudgePage } from '@contract/nudges';
import { cancelNudge, getNudges } from '../../../api/nudges';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { ConfirmAction } from '../ConfirmAction';
import { NudgeProgress } from './NudgeProgress';
import { NudgeStatusBadge } from './NudgeStatusBadge';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  actions: { marginBottom: tokens.spacingVerticalL },
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nudge: {
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  status: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  // The Teams side panel has room for the nudge, its status and its delivery only.
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  footer: { marginTop: tokens.spacingVerticalM },
});

/** Studio: every nudge, newest first, a page at a time, with its delivery refreshing while it goes out. */
export function NudgesPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => getNudges({ limit: PAGE_SIZE }, signal), []);
  const first = useAsync(load);

  return (
    <>
      <PageHeading title={t('nudges.title')} intro={t('nudges.intro')} />
      <div className={styles.actions}>
        <RouterLink to="/studio/nudges/new" appearance="button">
          <AddRegular aria-hidden /> {t('nudges.new')}
        </RouterLink>
      </div>
      {first.status === 'loading' && <LoadingState label={t('nudges.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && <NudgePages first={first.value} />}
    </>
  );
}

function NudgePages({ first }: { first: NudgePage }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    getNudges({ limit: PAGE_SIZE, continuationToken }),
  );
  const { setItems } = paged;
  const replace = useCallback(
    (nudge: Nudge) => setItems((items) => items.map((item) => (item.id === nudge.id ? nudge : item))),
    [setItems],
  );

  if (paged.items.length === 0) return <EmptyState message={t('nudges.empty')} />;
  return (
    <>
      <Table aria-label={t('nudges.tableLabel')} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('nudges.columns.nudge')}</TableHeaderCell>
            <TableHeaderCell>{t('nudges.columns.status')}</TableHeaderCell>
            <TableHeaderCell className={styles.secondary}>{t('nudges.columns.sendAt')}</TableHeaderCell>
            <TableHeaderCell>{t('nudges.columns.progress')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.items.map((nudge) => (
            <TableRow key={nudge.id}>
              <TableCell>
                <div className={styles.nudge}>
                  <Text weight="semibold">{localized(nudge.title, locale)}</Text>
                  <Text size={200}>{t(`nudges.kind.${nudge.kind}`)}</Text>
                </div>
              </TableCell>
              <TableCell>
                <div className={styles.status}>
                  <NudgeStatusBadge status={nudge.status} />
                  {nudge.status === 'scheduled' && (
                    <ConfirmAction
                      label={t('nudges.cancel.label')}
                      confirmLabel={t('nudges.cancel.confirm')}
                      title={t('nudges.cancel.title')}
                      text={t('nudges.cancel.text')}
                      icon={<DismissCircleRegular />}
                      action={async () => replace(await cancelNudge(nudge.id))}
                    />
                  )}
                </div>
              </TableCell>
              <TableCell className={styles.secondary}>
                {formatDateTime(nudge.sendAt, locale, me.timeZone)}
              </TableCell>
              <TableCell>
                <NudgeProgress nudge={nudge} onChange={replace} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {paged.error !== undefined && <ErrorState error={paged.error} onRetry={() => void paged.loadMore()} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('nudges.shown', { count: paged.items.length })}
        loadMoreLabel={t('nudges.loadMore')}
        loadingLabel={t('nudges.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
