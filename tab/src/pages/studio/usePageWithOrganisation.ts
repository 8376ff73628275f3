import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '@contract/organisation';
import { organisationQuery } from '../../api/organisation';
import type { QueryState } from '../../hooks/queryState';

export interface WithOrganisation<T> {
  page: T;
  /** Only names groups and brands; the page works without it. */
  organisation?: Organisation;
}

/**
 * A studio page's data together with the organisation that names its audience's groups and brands. The page
 * waits for the organisation, so that names do not replace ids before the reader's eyes, but not on its failure.
 */
export function usePageWithOrganisation<T>(page: QueryState<T>): QueryState<WithOrganisation<T>> {
  const organisation = useQuery(organisationQuery());
  if (page.status !== 'done') return page;
  if (organisation.isPending) return { status: 'loading', retry: page.retry };
  return {
    ...page,
    value: { page: page.value, ...(organisation.data ? { organisation: organisation.data } : {}) },
  };
}
