import { Button, Checkbox, Field, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp, SupervisedShare } from '@contract/compliance';
import { followUpShare } from '../../../api/compliance';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorState } from '../../../ui/ErrorState';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const NOTE_MAX = 2_000;
const MESSAGE_MAX = 1_000;

/**
 * Marks a share for follow-up: a private note for the reviewers, and, only if the reviewer chooses, a kind
 * word sent to the ambassador in the Ambassade chat.
 */
export function FollowUpDialog({
  share,
  open,
  onClose,
  onDone,
}: {
  share: SupervisedShare;
  open: boolean;
  onClose: () => void;
  onDone: (followUp: FollowUp, messageQueued: boolean) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formId = useId();
  const [note, setNote] = useState('');
  const [advise, setAdvise] = useState(false);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [touched, setTouched] = useState(false);
  const noteMissing = note.trim() === '';
  const messageMissing = advise && message.trim() === '';

  async function save() {
    setTouched(true);
    if (noteMissing || messageMissing || saving) return;
    setSaving(true);
    setError(undefined);
    try {
      const outcome = await followUpShare(share.recordId, {
        note: note.trim(),
        ...(advise ? { message: message.trim() } : {}),
      });
      setNote('');
      setMessage('');
      setAdvise(false);
      setTouched(false);
      onDone(outcome.followUp, outcome.messageQueued);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <ConfirmDialog
      open={open}
      busy={saving}
      title={t('supervision.followUp.title', { name: share.person.name })}
      onClose={onClose}
      actions={
        <>
          <Button disabled={saving} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            form={formId}
            appearance="primary"
            disabledFocusable={saving}
            icon={saving ? <Spinner size="tiny" /> : undefined}
          >
            {advise ? t('supervision.followUp.saveAndSend') : t('supervision.followUp.save')}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('supervision.followUp.note')}
          hint={t('supervision.followUp.noteHint')}
          required
          validationMessage={touched && noteMissing ? t('supervision.followUp.noteMissing') : undefined}
        >
          <Textarea
            value={note}
            maxLength={NOTE_MAX}
            resize="vertical"
            onChange={(_, data) => setNote(data.value)}
          />
        </Field>
        <Checkbox
          checked={advise}
          label={t('supervision.followUp.advise', { name: share.person.name })}
          onChange={(_, data) => setAdvise(data.checked === true)}
        />
        {advise && (
          <Field
            label={t('supervision.followUp.message')}
            hint={t('supervision.followUp.messageHint')}
            required
            validationMessage={
              touched && messageMissing ? t('supervision.followUp.messageMissing') : undefined
            }
          >
            <Textarea
              value={message}
              maxLength={MESSAGE_MAX}
              resize="vertical"
              onChange={(_, data) => setMessage(data.value)}
            />
          </Field>
        )}
      </form>
      {error !== undefined && <ErrorState error={error} />}
    </ConfirmDialog>
  );
}
