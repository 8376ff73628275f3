import { Button, Field, SearchBox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@contract/people';
import { addMembers, searchPeople } from '../../../api/groups';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { ErrorState } from '../../../ui/ErrorState';
import { LabelBadge } from '../../../ui/LabelBadge';
import { Panel } from '../../../ui/Panel';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';

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

/** Finds people by name or email and adds them one by one. */
export function AddPeoplePanel({ groupId, onAdded }: { groupId: string; onAdded: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const resultsId = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const load = useCallback(
    async (signal: AbortSignal) =>
      query.length < MIN_SEARCH ? undefined : (await searchPeople(query, signal)).items,
    [query],
  );
  const search = useAsync(load);
  const [added, setAdded] = useState<string[]>([]);
  const [adding, setAdding] = useState<string>();
  const [addError, setAddError] = useState<unknown>();
  const [announcement, setAnnouncement] = useState('');

  async function add(person: PersonSummary) {
    setAdding(person.id);
    setAddError(undefined);
    try {
      await addMembers(groupId, [person.id]);
      setAdded((current) => [...current, person.id]);
      setAnnouncement(t('group.add.added', { name: person.displayName }));
      onAdded();
    } catch (caught) {
      setAddError(caught);
    } finally {
      setAdding(undefined);
    }
  }

  const isMember = (person: PersonSummary) => person.groupIds.includes(groupId) || added.includes(person.id);

  return (
    <Panel title={t('group.add.title')}>
      <Field label={t('group.add.search')} hint={t('group.add.hint')}>
        <SearchBox
          value={text}
          aria-controls={resultsId}
          onChange={(_, data) => setText(data.value)}
          autoComplete="off"
        />
      </Field>
      <div id={resultsId}>
        {search.status === 'loading' && query.length >= MIN_SEARCH && (
          <Spinner size="tiny" label={t('group.add.searching')} />
        )}
        {search.status === 'error' && <ErrorState error={search.error} />}
        {search.status === 'done' && search.value?.length === 0 && (
          <Text as="p" className={styles.paragraph}>
            {t('group.add.noResults', { text: query })}
          </Text>
        )}
        {search.status === 'done' && search.value && search.value.length > 0 && (
          <ul aria-label={t('group.add.results')} className={styles.list}>
            {search.value.map((person) => (
              <li key={person.id} className={styles.item}>
                <span className={styles.who}>
                  <span>{person.displayName}</span>
                  {person.jobTitle && <span className={styles.job}>{person.jobTitle}</span>}
                </span>
                {isMember(person) ? (
                  <LabelBadge color="success">{t('group.add.member')}</LabelBadge>
                ) : (
                  <Button
                    size="small"
                    aria-label={t('group.add.addLabel', { name: person.displayName })}
                    disabledFocusable={adding !== undefined}
                    icon={adding === person.id ? <Spinner size="tiny" /> : undefined}
                    onClick={() => void add(person)}
                  >
                    {t('group.add.add')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {addError !== undefined && <ErrorState error={addError} />}
      <VisuallyHidden>
        <span role="status">{announcement}</span>
      </VisuallyHidden>
    </Panel>
  );
}
