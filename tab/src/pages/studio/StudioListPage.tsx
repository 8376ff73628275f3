import { makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { QueryState } from '../../hooks/queryState';
import { AsyncPage } from '../../ui/AsyncPage';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
});

interface StudioListPageProps<T> {
  title: string;
  intro: string;
  /** Where the "new" button leads, and its text. */
  newTo: string;
  newLabel: string;
  /** Further links after the "new" button. */
  actions?: ReactNode;
  /** Above the list, such as the failure of an action on a row. */
  notice?: ReactNode;
  /** The list's first load, from `useApiQuery`. */
  state: QueryState<T>;
  loadingLabel: string;
  /** The list once loaded. */
  children: (value: T) => ReactNode;
}

/** A studio list page: its heading, the "new" button, then the list once it has loaded. */
export function StudioListPage<T>({
  title,
  intro,
  newTo,
  newLabel,
  actions,
  notice,
  state,
  loadingLabel,
  children,
}: StudioListPageProps<T>) {
  const styles = useStyles();
  return (
    <AsyncPage
      title={title}
      intro={intro}
      header={
        <>
          <div className={styles.actions}>
            <RouterLink to={newTo} appearance="button">
              <AddRegular aria-hidden /> {newLabel}
            </RouterLink>
            {actions}
          </div>
          {notice}
        </>
      }
      state={state}
      loadingLabel={loadingLabel}
    >
      {children}
    </AsyncPage>
  );
}
