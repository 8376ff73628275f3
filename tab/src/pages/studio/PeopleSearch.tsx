import { Field, SearchBox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@contract/people';
import { peopleSearchQuery } from '../../api/groups';
import { useApiQueries } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { ErrorState } from '../../ui/ErrorState';

const MIN_SEARCH = 2;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  job: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  paragraph: { margin: 0 },
});

/** Finds people by name or email as the person types; each result carries what the page does with it. */
export function PeopleSearch({
  label,
  hint,
  validationMessage,
  action,
}: {
  label: string;
  hint: string;
  validationMessage?: string;
  action: (person: PersonSummary) => ReactNode;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const resultsId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const search = useApiQueries({
    found: query.length < MIN_SEARCH ? undefined : peopleSearchQuery(query),
  });
  const found = search.status === 'done' ? search.value.found?.items : undefined;

  return (
    <>
      <Field label={label} hint={hint} validationMessage={validationMessage}>
        <SearchBox
          value={text}
          dismiss={{ 'aria-label': t('common.clearSearch') }}
          aria-controls={resultsId}
          onChange={(_, data) => setText(data.value)}
          autoComplete="off"
        />
      </Field>
      <div id={resultsId}>
        {search.status === 'loading' && query.length >= MIN_SEARCH && (
          <Spinner size="tiny" label={t('common.peopleSearch.searching')} />
        )}
        {search.status === 'error' && <ErrorState error={search.error} />}
        {found?.length === 0 && (
          <Text as="p" className={styles.paragraph}>
            {t('common.peopleSearch.noResults', { text: query })}
          </Text>
        )}
        {found && found.length > 0 && (
          <ul aria-label={t('common.peopleSearch.results')} className={styles.list}>
            {found.map((person) => (
              <li key={person.id} className={styles.item}>
                <span className={styles.who}>
                  <span>{person.displayName}</span>
                  {person.jobTitle && <span className={styles.job}>{person.jobTitle}</span>}
                </span>
                {action(person)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
