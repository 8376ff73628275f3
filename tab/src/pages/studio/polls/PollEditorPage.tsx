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
import { useSession } from '../../../session/sessionContext';
import type { Organisation } from '@contract/organisation';
import { pollChoices, pollResultsVisibilities } from '@contract/polls';
import type { PollChoice, PollResultsVisibility } from '@contract/polls';
import { organisationQuery } from '../../../api/organisation';
import { createPoll } from '../../../api/polls';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { DateTimeField } from '../../../ui/DateTimeField';
import { FieldGroup } from '../../../ui/FieldGroup';
import { AudienceFields } from '../AudienceFields';
import { EditorFooter } from '../EditorFooter';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import { canAddOption, canRemoveOption, newPollForm, validatePollForm } from './pollForm';
import type { PollField, PollFormValues } from './pollForm';

const useStyles = makeStyles({
  option: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr)) auto',
    alignItems: 'end',
  },
});

/** Studio: a new poll (`/studio/polls/new`), sent at once or kept as a draft. */
export function PollEditorPage() {
  const { t } = useTranslation();
  const organisation = useApiQuery(organisationQuery());
  return (
    <AsyncPage title={t('polls.editor.title')} state={organisation} loadingLabel={t('polls.loading')}>
      {(value) => <PollForm organisation={value} />}
    </AsyncPage>
  );
}

function PollForm({ organisation }: { organisation: Organisation }) {
  const styles = useEditorStyles();
  const pollStyles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<PollFormValues>(() =>
    newPollForm(new Date(), me.timeZone),
  );
  // Live validation: a field speaks up once it was left (or the form sent), then as the manager types.
  const [touched, setTouched] = useState<ReadonlySet<PollField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const checked = validatePollForm(values, new Date(), me.timeZone);
  const problem = (field: PollField) => {
    if (checked.ok || (!submitted && !touched.has(field))) return undefined;
    const found = checked.problems[field];
    return found ? t(`polls.editor.errors.${found}`) : undefined;
  };
  const leave = (field: PollField) => () => setTouched((current) => new Set(current).add(field));
  const setOption = (index: number, language: 'fr' | 'en', value: string) =>
    set(
      'options',
      values.options.map((option, at) => (at === index ? { ...option, [language]: value } : option)),
    );

  async function save(send: boolean) {
    setSubmitted(true);
    if (!checked.ok) return;
    await persist(async () => {
      const poll = await createPoll({ ...checked.input, send });
      return `/studio/polls/${encodeURIComponent(poll.id)}`;
    });
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
            <div key={index} className={pollStyles.option}>
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
      <DateTimeField
        label={t('polls.editor.closesAt')}
        required
        value={values.closesAt}
        onChange={(value) => set('closesAt', value)}
        onBlur={leave('closesAt')}
        validationMessage={problem('closesAt')}
      />
      <AudienceFields
        organisation={organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <EditorFooter
        submit={t('polls.editor.sendNow')}
        cancelTo="/studio/polls"
        saving={saving}
        saveError={saveError}
        saveFailed={t('polls.editor.saveFailed')}
      >
        <Button disabledFocusable={saving} onClick={() => void save(false)}>
          {t('polls.editor.saveDraft')}
        </Button>
      </EditorFooter>
    </form>
  );
}
