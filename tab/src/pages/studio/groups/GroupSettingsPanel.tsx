import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StudioGroup } from '@contract/groups';
import { deleteGroup, updateGroup } from '../../../api/groups';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { GroupFields } from './GroupFields';
import { toSaveGroup } from './groupForm';
import type { GroupFormValues } from './groupForm';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  paragraph: { margin: 0 },
});

/** Renaming, changing the kind, and deleting the group (confirmed first). */
export function GroupSettingsPanel({ group }: { group: StudioGroup }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<GroupFormValues>({
    nameFr: group.name.fr,
    nameEn: group.name.en,
    kind: group.kind,
  });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();

  async function save() {
    setSaving(true);
    setSaved(false);
    setError(undefined);
    try {
      await updateGroup(group.id, toSaveGroup(values));
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await deleteGroup(group.id);
      setConfirming(false);
      await navigate('/studio/groups');
    } catch (caught) {
      setDeleteError(caught);
      setDeleting(false);
    }
  }

  return (
    <Panel title={t('group.settings.title')}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <GroupFields
          values={values}
          onChange={(next) => {
            setValues(next);
            setSaved(false);
          }}
        />
        {error !== undefined && <ErrorState error={error} />}
        <div role="status">
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>{t('group.settings.saved')}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={styles.actions}>
          <SubmitButton busy={saving}>{t('group.settings.save')}</SubmitButton>
          <Button onClick={() => setConfirming(true)}>{t('group.settings.delete')}</Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        busy={deleting}
        title={t('group.settings.deleteTitle', { name: localized(group.name, currentLocale()) })}
        onClose={() => {
          setConfirming(false);
          setDeleteError(undefined);
        }}
        actions={
          <>
            <Button disabled={deleting} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={deleting}
              icon={deleting ? <Spinner size="tiny" /> : undefined}
              onClick={() => void remove()}
            >
              {t('group.settings.deleteConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('group.settings.deleteText')}
        </Text>
        {deleteError !== undefined && <ErrorState error={deleteError} />}
      </ConfirmDialog>
    </Panel>
  );
}
