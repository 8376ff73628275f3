import { Button, Field, Input, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@contract/people';
import { markLeader, unmarkLeader } from '../../api/people';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';

const TITLE_MAX_LENGTH = 80;

const useStyles = makeStyles({
  paragraph: { margin: 0 },
});

/**
 * Administrators: marks the person as a programme leader with the title the library shows beside their shares,
 * changes it, or ends the mark. The row takes the answer, so the table needs no reload.
 */
export function LeaderAction({
  person,
  onChanged,
}: {
  person: PersonSummary;
  onChanged: (person: PersonSummary) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(person.leader?.title ?? '');
  const [busy, setBusy] = useState<'save' | 'remove'>();
  const [error, setError] = useState<unknown>();

  async function run(action: 'save' | 'remove') {
    setBusy(action);
    setError(undefined);
    try {
      onChanged(action === 'save' ? await markLeader(person.id, { title }) : await unmarkLeader(person.id));
      setOpen(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  const close = () => {
    setOpen(false);
    setError(undefined);
    setTitle(person.leader?.title ?? '');
  };

  return (
    <>
      <Button
        size="small"
        aria-label={t(person.leader ? 'people.leader.editFor' : 'people.leader.markFor', {
          name: person.displayName,
        })}
        onClick={() => setOpen(true)}
      >
        {t(person.leader ? 'people.leader.edit' : 'people.leader.mark')}
      </Button>
      <ConfirmDialog
        open={open}
        busy={busy !== undefined}
        title={t('people.leader.dialogTitle', { name: person.displayName })}
        onClose={close}
        actions={
          <>
            <Button disabled={busy !== undefined} onClick={close}>
              {t('common.cancel')}
            </Button>
            {person.leader && (
              <Button
                disabledFocusable={busy !== undefined}
                icon={busy === 'remove' ? <Spinner size="tiny" /> : undefined}
                onClick={() => void run('remove')}
              >
                {t('people.leader.remove')}
              </Button>
            )}
            <Button
              appearance="primary"
              disabledFocusable={busy !== undefined || title.trim() === ''}
              icon={busy === 'save' ? <Spinner size="tiny" /> : undefined}
              onClick={() => void run('save')}
            >
              {t('people.leader.save')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('people.leader.explanation')}
        </Text>
        <Field label={t('people.leader.title')} hint={t('people.leader.titleHint')} required>
          <Input value={title} maxLength={TITLE_MAX_LENGTH} onChange={(_, data) => setTitle(data.value)} />
        </Field>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </>
  );
}
