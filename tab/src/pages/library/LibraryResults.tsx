import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LibraryItemSummary, LibraryList } from '@contract/library';
import type { Organisation } from '@contract/organisation';
import { read } from '../../api/apiQuery';
import { libraryPageQuery } from '../../api/library';
import type { LibraryFilters } from '../../api/libraryQueryString';
import { usePagedList } from '../../hooks/usePagedList';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { LibraryCard } from './LibraryCard';

export const LIBRARY_PAGE_SIZE = 20;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
  },
  footer: { marginTop: tokens.spacingVerticalL },
  empty: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface LibraryResultsProps {
  first: LibraryList;
  query: LibraryFilters;
  brands: Organisation['brands'];
  /** Told about each further page, so the campaign filter can offer its campaigns. */
  onMore: (items: readonly LibraryItemSummary[]) => void;
  /** Present when filters narrow the list: the empty state then offers to clear them. */
  onClearFilters?: () => void;
}

/** The items of one query, and "Load more" while the API has a continuation token. */
export function LibraryResults({ first, query, brands, onMore, onClearFilters }: LibraryResultsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const paged = usePagedList(
    first,
    (continuationToken) => read(libraryPageQuery(query, { limit: LIBRARY_PAGE_SIZE, continuationToken })),
    onMore,
  );
  const items = paged.items;

  if (items.length === 0) {
    return onClearFilters ? (
      <div className={styles.empty} role="status">
        <EmptyState message={t('library.emptyFiltered')} />
        <Button onClick={onClearFilters}>{t('library.clearFilters')}</Button>
      </div>
    ) : (
      <div role="status">
        <EmptyState message={t('library.empty')} />
      </div>
    );
  }

  const brandNames = new Map(brands.map((brand) => [brand.id, brand.name]));
  return (
    <>
      <ul className={styles.list} aria-label={t('library.listLabel')}>
        {items.map((item) => (
          <li key={item.id}>
            <LibraryCard
              item={item}
              brandName={brands.length > 1 ? brandNames.get(item.brandId) : undefined}
            />
          </li>
        ))}
      </ul>

      {paged.error !== undefined && <ErrorState error={paged.error} onRetry={() => void paged.loadMore()} />}

      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('library.shown', { count: items.length })}
        loadMoreLabel={t('library.loadMore')}
        loadingLabel={t('library.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      />
    </>
  );
}
