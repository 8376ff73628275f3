import { Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention } from '@contract/compliance';
import { updateRetention } from '../../../api/compliance';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { SubmitButton } from '../../../ui/SubmitButton';
import { checkRetentionDraft, retentionBounds, retentionDraft, retentionFields } from './retentionForm';
import type { RetentionField } from './retentionForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    alignItems: 'start',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** How long each kind of data is kept; the archive never less than the three years regulators require. */
export function RetentionSettingsForm({
  retention,
  onSaved,
}: {
  retention: Retention;
  onSaved: (r: Retention) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const [draft, setDraft] = useState(() => retentionDraft(retention.settings));
  const [invalid, setInvalid] = useState<RetentionField[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = checkRetentionDraft(draft);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      document.getElementById(`retention-${checked.invalid[0]}`)?.focus();
      return;
    }
    setInvalid([]);
    setSaving(true);
    setError(undefined);
    try {
      const result = await updateRetention(checked.settings);
      setDraft(retentionDraft(result.settings));
      setSaved(true);
      onSaved(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Panel title={t('retention.settings.title')}>
      <form className={styles.form} noValidate onSubmit={(event) => void save(event)}>
        <div className={styles.fields}>
          {retentionFields.map((field) => {
            const bounds = retentionBounds(field);
            return (
              <Field
                key={field}
                label={t(`retention.settings.${field}`)}
                hint={t(`retention.settings.${field}Hint`, bounds)}
                validationMessage={
                  invalid.includes(field) ? t('retention.settings.outOfBounds', bounds) : undefined
                }
              >
                <Input
                  id={`retention-${field}`}
                  inputMode="numeric"
                  value={draft[field]}
                  onChange={(_, data) => {
                    setSaved(false);
                    setDraft((current) => ({ ...current, [field]: data.value }));
                  }}
                />
              </Field>
            );
          })}
        </div>
        <div className={styles.actions}>
          <SubmitButton busy={saving}>{t('retention.settings.save')}</SubmitButton>
          <span role="status">{saved && t('retention.settings.saved')}</span>
        </div>
        {retention.lastPurge && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {t('retention.settings.lastPurge', {
                ...retention.lastPurge,
                at:
                  formatDateTime(retention.lastPurge.at, currentLocale(), me.timeZone) ??
                  retention.lastPurge.at,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {error !== undefined && <ErrorState error={error} />}
      </form>
    </Panel>
  );
}
