import { useTranslation } from 'react-i18next';
import type { Organisation } from '@contract/organisation';
import type { PeopleList } from '@contract/people';
import { getOrganisation } from '../../api/organisation';
import { getPeoplePage } from '../../api/people';
import { useAsync } from '../../hooks/useAsync';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { PEOPLE_PAGE_SIZE, PeopleTable } from './PeopleTable';

export interface FirstPeoplePage {
  page: PeopleList;
  /** Absent when the organisation could not be read: the table then shows group counts. */
  organisation?: Organisation;
}

async function loadFirstPage(signal: AbortSignal): Promise<FirstPeoplePage> {
  const [page, organisation] = await Promise.all([
    getPeoplePage({ limit: PEOPLE_PAGE_SIZE }, signal),
    // Group names only decorate the table; their absence must not hide the people.
    getOrganisation(signal).catch(() => undefined),
  ]);
  return { page, organisation };
}

/** Studio: everyone in the organisation, for programme managers and administrators. */
export function PeoplePage() {
  const { t } = useTranslation();
  const first = useAsync(loadFirstPage);

  return (
    <>
      <PageHeading title={t('people.title')} intro={t('people.intro')} />
      {first.status === 'loading' && <LoadingState label={t('people.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && <PeopleTable first={first.value} />}
    </>
  );
}
