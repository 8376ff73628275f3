import { Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  footer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  count: { margin: 0, color: tokens.colorNeutralForeground2, ':focus': { outlineStyle: 'none' } },
});

interface LoadMoreFooterProps {
  /** "n shown", announced politely as it changes. */
  shownText: string;
  loadMoreLabel: string;
  /** The button's accessible name while a page loads. */
  loadingLabel: string;
  hasMore: boolean;
  busy: boolean;
  onLoadMore: () => void;
  /** The count paragraph, focusable from code (see usePagedList). */
  countRef?: Ref<HTMLParagraphElement>;
  /** Extra layout for the footer row, such as its top margin. */
  className?: string;
  /** Further controls after "Load more", such as a download. */
  children?: ReactNode;
}

/** Below a paged list: how many items are shown, and "Load more" while more exist. */
export function LoadMoreFooter({
  shownText,
  loadMoreLabel,
  loadingLabel,
  hasMore,
  busy,
  onLoadMore,
  countRef,
  className,
  children,
}: LoadMoreFooterProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.footer, className)}>
      <p ref={countRef} tabIndex={-1} aria-live="polite" className={styles.count}>
        {shownText}
      </p>
      {hasMore && (
        <Button
          onClick={onLoadMore}
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          aria-label={busy ? loadingLabel : undefined}
        >
          {loadMoreLabel}
        </Button>
      )}
      {children}
    </div>
  );
}
