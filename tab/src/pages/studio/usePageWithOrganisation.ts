import { useCallback } from 'react';
import type { Organisation } from '@contract/organisation';
import { getOrganisation } from '../../api/organisation';
import { useAsync } from '../../hooks/useAsync';

export interface WithOrganisation<T> {
  page: T;
  /** Only names groups and brands; the page works without it. */
  organisation?: Organisation;
}

/** Loads a studio page's data together with the organisation that names its audience's groups and brands. */
export function usePageWithOrganisation<T>(loadPage: (signal: AbortSignal) => Promise<T>) {
  const load = useCallback(
    async (signal: AbortSignal): Promise<WithOrganisation<T>> => {
      const [page, organisation] = await Promise.all([
        loadPage(signal),
        getOrganisation(signal).catch(() => undefined),
      ]);
      return { page, ...(organisation ? { organisation } : {}) };
    },
    [loadPage],
  );
  return useAsync(load);
}
