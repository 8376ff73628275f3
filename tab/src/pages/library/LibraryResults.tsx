import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItemSummary, LibraryPage as LibraryPageData } from '@contract/library';
import type { Organisation } from '@contract/organisation';
import { getLibraryPage } from '../../api/library';
import type { LibraryFilters } from '../../api/libraryQueryString';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
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
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalL,
  },
  count: { margin: 0, color: tokens.colorNeutralForeground2, ':focus': { outlineStyle: 'none' } },
  empty: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface LibraryResultsProps {
  first: LibraryPageData;
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
  const [items, setItems] = useState(first.items);
  const [continuationToken, setContinuationToken] = useState(first.continuationToken);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<unknown>();
  const countRef = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(continuationToken !== undefined);

  // When the last page arrives the button disappears: keep keyboard focus nearby instead of losing it.
  useEffect(() => {
    if (hadMore.current && continuationToken === undefined) countRef.current?.focus();
    hadMore.current = continuationToken !== undefined;
  }, [continuationToken]);

  async function loadMore() {
    if (!continuationToken) return;
    setLoadingMore(true);
    setLoadError(undefined);
    try {
      const next = await getLibraryPage(query, { limit: LIBRARY_PAGE_SIZE, continuationToken });
      setItems((current) => [...current, ...next.items]);
      setContinuationToken(next.continuationToken);
      onMore(next.items);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoadingMore(false);
    }
  }

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

      {loadError !== undefined && <ErrorState error={loadError} onRetry={() => void loadMore()} />}

      <div className={styles.footer}>
        <p ref={countRef} tabIndex={-1} aria-live="polite" className={styles.count}>
          {t('library.shown', { count: items.length })}
        </p>
        {continuationToken && (
          <Button
            onClick={() => void loadMore()}
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
            aria-label={loadingMore ? t('library.loadingMore') : undefined}
          >
            {t('library.loadMore')}
          </Button>
        )}
      </div>
    </>
  );
}
