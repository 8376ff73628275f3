import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@contract/people';
import { addMembers } from '../../../api/groups';
import { ErrorState } from '../../../ui/ErrorState';
import { LabelBadge } from '../../../ui/LabelBadge';
import { Panel } from '../../../ui/Panel';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { PeopleSearch } from '../PeopleSearch';

/** Finds people by name or email and adds them one by one. */
export function AddPeoplePanel({ groupId, onAdded }: { groupId: string; onAdded: () => void }) {
  const { t } = useTranslation();
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
      <PeopleSearch
        label={t('group.add.search')}
        hint={t('group.add.hint')}
        action={(person) =>
          isMember(person) ? (
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
          )
        }
      />
      {addError !== undefined && <ErrorState error={addError} />}
      <VisuallyHidden>
        <span role="status">{announcement}</span>
      </VisuallyHidden>
    </Panel>
  );
}
