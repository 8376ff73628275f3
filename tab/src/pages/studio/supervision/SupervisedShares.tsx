import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SupervisedShare, SupervisedShareList } from '@contract/compliance';
import { read } from '../../../api/apiQuery';
import { supervisedSharesQuery } from '../../../api/compliance';
import type { SupervisionFilters } from '../../../api/compliance';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { AsyncContent } from '../../../ui/AsyncContent';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';
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
  const first = useApiQuery(supervisedSharesQuery(filters, { limit: PAGE_SIZE }));
  return (
    <AsyncContent state={first} loadingLabel={t('supervision.loading')}>
      {(value) => <SharesList filters={filters} first={value} {...choose} />}
    </AsyncContent>
  );
}

function SharesList({
  filters,
  first,
  ...choose
}: { filters: SupervisionFilters; first: SupervisedShareList } & Choose) {
  const styles = useStyles();
  const { t } = useTranslation();
  const paged = usePagedList(first, (continuationToken) =>
    read(supervisedSharesQuery(filters, { limit: PAGE_SIZE, continuationToken })),
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
