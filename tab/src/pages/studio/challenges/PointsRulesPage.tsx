import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointsRules } from '@contract/challenges';
import { pointsRulesQuery, updatePointsRules } from '../../../api/challenges';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
import { RouterLink } from '../../../ui/RouterLink';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '480px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const fields = [
  ['share', 'challenges.rules.share'],
  ['click', 'challenges.rules.click'],
  ['pollVote', 'challenges.rules.pollVote'],
  ['proposal', 'challenges.rules.proposal'],
  ['learningModule', 'challenges.rules.learningModule'],
  ['clickCapPerItemPerDay', 'challenges.rules.clickCap'],
] as const;

type RuleName = keyof PointsRules;

/** Studio: the points per contribution and the daily click cap, for the whole organisation. */
export function PointsRulesPage() {
  const { t } = useTranslation();
  const rules = useApiQuery(pointsRulesQuery(), { fresh: true });
  return (
    <AsyncPage
      title={t('challenges.rules.title')}
      intro={t('challenges.rules.intro')}
      state={rules}
      loadingLabel={t('challenges.rules.loading')}
    >
      {(value) => <RulesForm rules={value} />}
    </AsyncPage>
  );
}

function RulesForm({ rules }: { rules: PointsRules }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<RuleName, string>>(
    () => Object.fromEntries(fields.map(([name]) => [name, String(rules[name])])) as Record<RuleName, string>,
  );
  const [invalid, setInvalid] = useState<RuleName[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = fields.map(
      ([name]) => [name, /^\d{1,4}$/.test(values[name].trim()) ? Number(values[name]) : -1] as const,
    );
    const wrong = parsed.filter(([, value]) => value < 0 || value > 1000).map(([name]) => name);
    setInvalid(wrong);
    setSaved(false);
    if (wrong.length > 0) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await updatePointsRules(Object.fromEntries(parsed) as PointsRules);
      setSaved(true);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      {fields.map(([name, label]) => (
        <Field
          key={name}
          label={t(label)}
          hint={name === 'clickCapPerItemPerDay' ? t('challenges.rules.clickCapHint') : undefined}
          validationMessage={invalid.includes(name) ? t('challenges.rules.invalid') : undefined}
        >
          <Input
            inputMode="numeric"
            value={values[name]}
            onChange={(_, data) => setValues((current) => ({ ...current, [name]: data.value }))}
          />
        </Field>
      ))}
      {saveError !== undefined && <ErrorState error={saveError} title={t('challenges.rules.saveFailed')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{t('challenges.rules.save')}</SubmitButton>
        <RouterLink to="/studio/challenges">{t('common.cancel')}</RouterLink>
        <span role="status">
          {saving ? t('challenges.rules.saving') : saved ? t('challenges.rules.saved') : ''}
        </span>
      </div>
    </form>
  );
}
