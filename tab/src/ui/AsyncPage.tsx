import type { ReactNode } from 'react';
import type { QueryState } from '../hooks/queryState';
import { AsyncContent } from './AsyncContent';
import { BackLink } from './BackLink';
import type { Back } from './BackLink';
import { PageHeading } from './PageHeading';

interface AsyncPageProps<T> {
  /** The heading, whatever the state. Without it, `children` show the heading the data gives the page. */
  title?: string;
  intro?: ReactNode;
  /** The heading above a failure, on a page whose data would have named it. */
  errorTitle?: string;
  /** The link back, shown whatever the state, so that a failed page still leads somewhere. */
  back?: Back;
  /** Between the heading and the data, such as the page's actions. */
  header?: ReactNode;
  state: QueryState<T>;
  loadingLabel: string;
  children: (value: T) => ReactNode;
}

/** A page whose content is read from the API: its back link and heading, then loading, failure or the data. */
export function AsyncPage<T>({
  title,
  intro,
  errorTitle,
  back,
  header,
  state,
  loadingLabel,
  children,
}: AsyncPageProps<T>) {
  const heading = title ?? (state.status === 'error' ? errorTitle : undefined);
  return (
    <>
      {back && <BackLink {...back} />}
      {heading !== undefined && <PageHeading title={heading} intro={intro} />}
      {header}
      <AsyncContent state={state} loadingLabel={loadingLabel}>
        {children}
      </AsyncContent>
    </>
  );
}
