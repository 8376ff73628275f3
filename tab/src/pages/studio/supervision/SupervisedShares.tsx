import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisedShare, SupervisedShareList } from '@contract/compliance';
import { getSupervisedShares } from '../../../api/compliance';
import type { SupervisionFilters } from '../../../api/compliance';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedList } from '../../../hooks/usePagedList';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
import { LoadingState } from '../../../ui/LoadingState';
import { SupervisedShareCard } from './SupervisedShareCard';

const PAGE_SIZE = 20;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  footer: { marginTop: tokens.spacingVerticalM },
});

interface Choose {
  onPerson: (person: SupervisedShare['person']) => void;
  onCampaign: (campaign: NonNullable<SupervisedShare['campaign']>) => void;
}

/** The shares matching the filters, newest first, a page at a time. */
export function SupervisedShares({ filters, ...choose }: { filters: SupervisionFilters } & Choose) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) => getSupervisedShares(filters, { limit: PAGE_SIZE }, signal),
    [filters],
  );
  const first = useAsync(load);
  if (first.status === 'loading') return <LoadingState label={t('supervision.loading')} />;
  if (first.status === 'error') return <ErrorState error={first.error} onRetry={first.retry} />;
  return <SharesList filters={filters} first={first.value} {...choose} />;
}

function SharesList({
  filters,
  first,
  ...choose
}: { filters: SupervisionFilters; first: SupervisedShareList } & Choose) {
  const styles = useStyles();
  const { t } = useTranslation();
  const paged = usePagedList(first, (continuationToken) =>
    getSupervisedShares(filters, { limit: PAGE_SIZE, continuationToken }),
  );
  if (paged.items.length === 0) return <EmptyState message={t('supervision.empty')} />;
  return (
    <>
      <ul className={styles.list} aria-label={t('supervision.listLabel')}>
        {paged.items.map((share) => (
          <li key={share.recordId}>
            <SupervisedShareCard share={share} {...choose} />
          </li>
        ))}
      </ul>
      {paged.error !== undefined && <ErrorState error={paged.error} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('supervision.shown', { count: paged.items.length })}
        loadMoreLabel={t('supervision.loadMore')}
        loadingLabel={t('supervision.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
