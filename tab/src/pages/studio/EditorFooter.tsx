import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { RouterLink } from '../../ui/RouterLink';
import { SubmitButton } from '../../ui/SubmitButton';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface EditorFooterProps {
  /** The label of the form's submit button. */
  submit: string;
  /** Where "Cancel" leads. */
  cancelTo: string;
  saving: boolean;
  /** The last failed save, if any (`undefined` when none). */
  saveError: unknown;
  /** The title shown above the failed save's explanation. */
  saveFailed: string;
  /** More actions, between the submit button and "Cancel". */
  children?: ReactNode;
}

/** The end of a studio editor: the failed save, submit, other actions, cancel, and a saving status. */
export function EditorFooter({
  submit,
  cancelTo,
  saving,
  saveError,
  saveFailed,
  children,
}: EditorFooterProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <>
      {saveError !== undefined && <ErrorState error={saveError} title={saveFailed} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{submit}</SubmitButton>
        {children}
        <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('studio.editor.saving')}</span>}
      </div>
    </>
  );
}
