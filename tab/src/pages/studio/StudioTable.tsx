import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PagedList } from '../../hooks/usePagedList';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';

/** The look shared by the studio's tables; the cells of a row use `secondary` and `wrap` too. */
export const useStudioTableStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  /** A long name or address breaks anywhere rather than widening the table. */
  wrap: { overflowWrap: 'anywhere' },
  /** The Teams side panel (about 320 px) has no room for secondary columns: they hide there. */
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  footer: { marginTop: tokens.spacingVerticalM },
});

export interface StudioColumn {
  label: string;
  /** Hidden in the narrow side panel; the row's cell in this column takes `secondary` too. */
  secondary?: boolean;
}

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
  columns: readonly StudioColumn[];
  items: readonly T[];
  /** Said instead of the table when there are no items. */
  emptyMessage: string;
  /** One `TableRow` (with its key) per item. */
  children: (item: T) => ReactNode;
  paging?: StudioTablePaging<T>;
  /** Below the table (and its paging), only when there are items: such as a download. */
  footer?: ReactNode;
}

/** A studio list as a table, or a sentence when it is empty; with its paging footer when paged. */
export function StudioTable<T>({
  label,
  columns,
  items,
  emptyMessage,
  children,
  paging,
  footer,
}: StudioTableProps<T>) {
  const styles = useStudioTableStyles();
  if (items.length === 0) return <EmptyState message={emptyMessage} />;
  return (
    <>
      <Table aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.label} className={column.secondary ? styles.secondary : undefined}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{items.map(children)}</TableBody>
      </Table>
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
