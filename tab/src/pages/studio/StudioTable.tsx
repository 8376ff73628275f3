import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PagedList } from '../../hooks/usePagedList';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListTable } from '../../ui/ListTable';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';

/** For the cells of a studio table's rows. */
export const useStudioTableStyles = makeStyles({
  /** A long name or address breaks anywhere rather than widening the table. */
  wrap: { overflowWrap: 'anywhere' },
  footer: { marginTop: tokens.spacingVerticalM },
});

/** For a list loaded page by page: the "n shown" count and "Load more" below the table. */
export interface StudioTablePaging<T> {
  list: PagedList<T>;
  shownText: string;
  loadMoreLabel: string;
  loadingLabel: string;
}

interface StudioTableProps<T> {
  /** The table's accessible name. */
  label: string;
  /** The columns' names, in order. */
  columns: readonly string[];
  items: readonly T[];
  /** Said instead of the table when there are no items. */
  emptyMessage: string;
  /** One `TableRow` (with its key) per item. */
  children: (item: T) => ReactNode;
  paging?: StudioTablePaging<T>;
  /** Below the table (and its paging), only when there are items: such as a download. */
  footer?: ReactNode;
}

/** A studio list as a table (a list on a phone), or a sentence when it is empty; with its paging footer when paged. */
export function StudioTable<T>({
  label,
  columns,
  items,
  emptyMessage,
  children,
  paging,
  footer,
}: StudioTableProps<T>) {
  if (items.length === 0) return <EmptyState message={emptyMessage} />;
  return (
    <>
      <ListTable label={label} columns={columns}>
        {items.map(children)}
      </ListTable>
      {paging && <PagingFooter {...paging} />}
      {footer}
    </>
  );
}

function PagingFooter<T>({ list, shownText, loadMoreLabel, loadingLabel }: StudioTablePaging<T>) {
  const styles = useStudioTableStyles();
  return (
    <>
      {list.error !== undefined && <ErrorState error={list.error} onRetry={() => void list.loadMore()} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={list.countRef}
        shownText={shownText}
        loadMoreLabel={loadMoreLabel}
        loadingLabel={loadingLabel}
        hasMore={list.hasMore}
        busy={list.loadingMore}
        onLoadMore={() => void list.loadMore()}
      />
    </>
  );
}
