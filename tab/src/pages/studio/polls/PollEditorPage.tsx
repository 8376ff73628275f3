import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localeSchema } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { pollChoices, pollResultsVisibilities } from '@contract/polls';
import type { PollChoice, PollResultsVisibility } from '@contract/polls';
import { getOrganisation } from '../../../api/organisation';
import { createPoll } from '../../../api/polls';
import { useAsync } from '../../../hooks/useAsync';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { SubmitButton } from '../../../ui/SubmitButton';
import { toggle } from '../campaigns/campaignForm';
import { canAddOption, canRemoveOption, newPollForm, validatePollForm } from './pollForm';
import type { PollField, PollFormValues } from './pollForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
  },
  option: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr)) auto',
    alignItems: 'end',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Studio: a new poll (`/studio/polls/new`), sent at once or kept as a draft. */
export function PollEditorPage() {
  const { t } = useTranslation();
  const organisation = useAsync(getOrganisation);
  return (
    <>
      <PageHeading title={t('polls.editor.title')} />
      {organisation.status === 'loading' && <LoadingState label={t('polls.loading')} />}
      {organisation.status === 'error' && (
        <ErrorState error={organisation.error} onRetry={organisation.retry} />
      )}
      {organisation.status === 'done' && <PollForm organisation={organisation.value} />}
    </>
  );
}

function PollForm({ organisation }: { organisation: Organisation }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [values, setValues] = useState<PollFormValues>(() => newPollForm(new Date()));
  // Live validation: a field speaks up once it was left (or the form sent), then as the manager types.
  const [touched, setTouched] = useState<ReadonlySet<PollField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const checked = validatePollForm(values, new Date());
  const problem = (field: PollField) => {
    if (checked.ok || (!submitted && !touched.has(field))) return undefined;
    const found = checked.problems[field];
    return found ? t(`polls.editor.errors.${found}`) : undefined;
  };
  const leave = (field: PollField) => () => setTouched((current) => new Set(current).add(field));
  const set = <K extends keyof PollFormValues>(name: K, value: PollFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const setOption = (index: number, language: 'fr' | 'en', value: string) =>
    set(
      'options',
      values.options.map((option, at) => (at === index ? { ...option, [language]: value } : option)),
    );

  async function save(send: boolean) {
    setSubmitted(true);
    if (!checked.ok) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const poll = await createPoll({ ...checked.input, send });
      void navigate(`/studio/polls/${encodeURIComponent(poll.id)}`);
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  return (
    <form
      className={styles.form}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(true);
      }}
      noValidate
    >
      <div className={styles.row}>
        <Field label={t('polls.editor.questionFr')} required validationMessage={problem('questionFr')}>
          <Input
            lang="fr"
            value={values.questionFr}
            onChange={(_, data) => set('questionFr', data.value)}
            onBlur={leave('questionFr')}
          />
        </Field>
        <Field label={t('polls.editor.questionEn')} required validationMessage={problem('questionEn')}>
          <Input
            lang="en"
            value={values.questionEn}
            onChange={(_, data) => set('questionEn', data.value)}
            onBlur={leave('questionEn')}
          />
        </Field>
      </div>
      <FieldGroup legend={t('polls.editor.options')} hint={t('polls.editor.optionsHint')}>
        {values.options.map((option, index) => {
          const number = index + 1;
          return (
            <div key={index} className={styles.option}>
              {(['fr', 'en'] as const).map((language) => (
                <Field
                  key={language}
                  label={t(language === 'fr' ? 'polls.editor.optionFr' : 'polls.editor.optionEn', { number })}
                  required
                  validationMessage={problem(`options.${index}.${language}`)}
                >
                  <Input
                    lang={language}
                    value={option[language]}
                    onChange={(_, data) => setOption(index, language, data.value)}
                    onBlur={leave(`options.${index}.${language}`)}
                  />
                </Field>
              ))}
              <Button
                icon={<DeleteRegular />}
                aria-label={t('polls.editor.removeOption', { number })}
                disabledFocusable={!canRemoveOption(values)}
                onClick={() =>
                  canRemoveOption(values) &&
                  set(
                    'options',
                    values.options.filter((_, at) => at !== index),
                  )
                }
              />
            </div>
          );
        })}
        <div>
          <Button
            icon={<AddRegular />}
            disabledFocusable={!canAddOption(values)}
            onClick={() => canAddOption(values) && set('options', [...values.options, { fr: '', en: '' }])}
          >
            {t('polls.editor.addOption')}
          </Button>
        </div>
      </FieldGroup>
      <div className={styles.row}>
        <Field label={t('polls.editor.choice')}>
          <RadioGroup value={values.choice} onChange={(_, data) => set('choice', data.value as PollChoice)}>
            {pollChoices.map((choice) => (
              <Radio key={choice} value={choice} label={t(`polls.choice.${choice}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t('polls.editor.visibility')}>
          <Select
            value={values.resultsVisibility}
            onChange={(_, data) => set('resultsVisibility', data.value as PollResultsVisibility)}
          >
            {pollResultsVisibilities.map((visibility) => (
              <option key={visibility} value={visibility}>
                {t(`polls.visibility.${visibility}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Checkbox
        label={t('polls.editor.anonymous')}
        checked={values.anonymous}
        onChange={(_, data) => set('anonymous', data.checked === true)}
      />
      <Field label={t('polls.editor.closesAt')} required validationMessage={problem('closesAt')}>
        <Input
          type="datetime-local"
          value={values.closesAt}
          onChange={(_, data) => set('closesAt', data.value)}
          onBlur={leave('closesAt')}
        />
      </Field>
      <FieldGroup legend={t('polls.editor.groups')} hint={t('polls.editor.audienceHint')}>
        {organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={`${localized(group.name, locale)} (${t(`groupKinds.${group.kind}`)})`}
            checked={values.groupIds.includes(group.id)}
            onChange={(_, data) => set('groupIds', toggle(values.groupIds, group.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('polls.editor.brands')} hint={t('polls.editor.audienceHint')}>
        {organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={values.brandIds.includes(brand.id)}
            onChange={(_, data) => set('brandIds', toggle(values.brandIds, brand.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('polls.editor.languages')} hint={t('polls.editor.audienceHint')}>
        {localeSchema.options.map((language) => (
          <Checkbox
            key={language}
            label={t(`languages.${language}`)}
            checked={values.languages.includes(language)}
            onChange={(_, data) =>
              set('languages', toggle(values.languages, language, data.checked === true))
            }
          />
        ))}
      </FieldGroup>
      {saveError !== undefined && <ErrorState error={saveError} title={t('polls.editor.saveFailed')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{t('polls.editor.sendNow')}</SubmitButton>
        <Button disabledFocusable={saving} onClick={() => void save(false)}>
          {t('polls.editor.saveDraft')}
        </Button>
        <RouterLink to="/studio/polls">{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('polls.editor.saving')}</span>}
      </div>
    </form>
  );
}
