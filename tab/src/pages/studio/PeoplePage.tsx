import { useTranslation } from 'react-i18next';
import { peoplePageQuery } from '../../api/people';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncPage } from '../../ui/AsyncPage';
import { PEOPLE_PAGE_SIZE, PeopleTable } from './PeopleTable';
import { usePageWithOrganisation } from './usePageWithOrganisation';

/** Studio: everyone in the organisation, for programme managers and administrators. */
export function PeoplePage() {
  const { t } = useTranslation();
  // Group names only decorate the table; their absence must not hide the people.
  const first = usePageWithOrganisation(useApiQuery(peoplePageQuery({ limit: PEOPLE_PAGE_SIZE })));

  return (
    <AsyncPage
      title={t('people.title')}
      intro={t('people.intro')}
      state={first}
      loadingLabel={t('people.loading')}
    >
      {(value) => <PeopleTable first={value} />}
    </AsyncPage>
  );
}
