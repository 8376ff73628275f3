import {
  Button,
  Field,
  Input,
  Select,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { learningLevels } from '@contract/learning';
import type { LearningLevel, StudioLearningPath } from '@contract/learning';
import type { Organisation } from '@contract/organisation';
import { createLearningPath, studioLearningPathQuery, updateLearningPath } from '../../../api/learningStudio';
import { organisationQuery } from '../../../api/organisation';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { FieldGroup } from '../../../ui/FieldGroup';
import { AudienceFields } from '../AudienceFields';
import { EditorFooter } from '../EditorFooter';
import { MediaUpload } from '../MediaUpload';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import {
  canAddModule,
  canAddOption,
  canAddQuestion,
  canRemoveModule,
  canRemoveOption,
  learningPathFormFrom,
  newLearningPathForm,
  newModule,
  newQuestion,
  validateLearningPathForm,
  withoutOption,
} from './learningPathForm';
import type { LearningPathFormValues, ModuleFormValues, QuestionFormValues } from './learningPathForm';

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Both languages and the remove button on one line, wrapping on a phone.
  option: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  optionText: { flex: '1 1 180px', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Studio: a new training path (`/studio/learning/new`) or an edit of one (`…/:pathId/edit`). */
export function LearningPathEditorPage() {
  const { pathId } = useParams();
  const { t } = useTranslation();
  // Fresh: the form starts from the path as it is now, and saving sends that version back.
  const loaded = useApiQueries(
    { organisation: organisationQuery(), path: pathId ? studioLearningPathQuery(pathId) : undefined },
    { fresh: true },
  );
  return (
    <AsyncPage
      title={pathId ? t('learningStudio.editor.editTitle') : t('learningStudio.editor.newTitle')}
      state={loaded}
      loadingLabel={t('learningStudio.editor.loading')}
    >
      {({ organisation, path }) => <LearningPathForm organisation={organisation} path={path} />}
    </AsyncPage>
  );
}

type Texts = { fr: string; en: string };

interface TextsFieldsProps {
  label: Texts;
  value: Texts;
  onChange: (value: Texts) => void;
  /** The field's path in the input, e.g. `modules.0.title`. */
  field: string;
  problem: (field: string) => string | undefined;
  /** Lines of a multi-line text; a single line without. */
  rows?: number;
  required?: boolean;
}

/** A text in French and in English, each marked with its language. */
function TextsFields({ label, value, onChange, field, problem, rows, required = true }: TextsFieldsProps) {
  const styles = useEditorStyles();
  return (
    <div className={styles.row}>
      {(['fr', 'en'] as const).map((language) => {
        const control = {
          lang: language,
          value: value[language],
          onChange: (_: unknown, data: { value: string }) => onChange({ ...value, [language]: data.value }),
        };
        return (
          <Field
            key={language}
            label={label[language]}
            required={required}
            validationMessage={problem(`${field}.${language}`)}
          >
            {rows ? <Textarea {...control} rows={rows} resize="vertical" /> : <Input {...control} />}
          </Field>
        );
      })}
    </div>
  );
}

function LearningPathForm({ organisation, path }: { organisation: Organisation; path?: StudioLearningPath }) {
  const styles = useEditorStyles();
  const { t } = useTranslation();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<LearningPathFormValues>(() =>
    path ? learningPathFormFrom(path) : newLearningPathForm(),
  );
  const [submitted, setSubmitted] = useState(false);
  const checked = validateLearningPathForm(values);
  const problem = (field: string) => {
    if (checked.ok || !submitted) return undefined;
    const found = checked.problems[field];
    return found ? t(`learningStudio.editor.errors.${found}`) : undefined;
  };
  const setModule = (index: number, change: Partial<ModuleFormValues>) =>
    set(
      'modules',
      values.modules.map((module, at) => (at === index ? { ...module, ...change } : module)),
    );
  const cancelTo = path ? `/studio/learning/${encodeURIComponent(path.id)}` : '/studio/learning';

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) return;
    const { input } = checked;
    await persist(async () => {
      const saved = path ? await updateLearningPath(path.id, input) : await createLearningPath(input);
      return `/studio/learning/${encodeURIComponent(saved.id)}`;
    });
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <TextsFields
        label={{ fr: t('learningStudio.editor.titleFr'), en: t('learningStudio.editor.titleEn') }}
        value={values.title}
        onChange={(value) => set('title', value)}
        field="title"
        problem={problem}
      />
      <TextsFields
        label={{ fr: t('learningStudio.editor.descriptionFr'), en: t('learningStudio.editor.descriptionEn') }}
        value={values.description}
        onChange={(value) => set('description', value)}
        field="description"
        problem={problem}
        rows={3}
        required={false}
      />
      <Field label={t('learningStudio.editor.level')}>
        <Select value={values.level} onChange={(_, data) => set('level', data.value as LearningLevel)}>
          {learningLevels.map((level) => (
            <option key={level} value={level}>
              {t(`learning.levels.${level}`)}
            </option>
          ))}
        </Select>
      </Field>
      <AudienceFields
        organisation={organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <Switch
        label={t('learningStudio.editor.onboarding')}
        checked={values.onboarding}
        onChange={(_, data) => set('onboarding', data.checked)}
      />
      <FieldGroup legend={t('learningStudio.editor.modules')} hint={t('learningStudio.editor.modulesHint')}>
        {values.modules.map((module, index) => (
          <ModuleFields
            key={module.id ?? `new-${index}`}
            module={module}
            index={index}
            removable={canRemoveModule(values)}
            onChange={(change) => setModule(index, change)}
            onRemove={() =>
              set(
                'modules',
                values.modules.filter((_, at) => at !== index),
              )
            }
            problem={problem}
          />
        ))}
        <div>
          <Button
            icon={<AddRegular />}
            disabledFocusable={!canAddModule(values)}
            onClick={() => canAddModule(values) && set('modules', [...values.modules, newModule()])}
          >
            {t('learningStudio.editor.addModule')}
          </Button>
        </div>
      </FieldGroup>
      <EditorFooter
        submit={path ? t('learningStudio.editor.save') : t('learningStudio.editor.create')}
        cancelTo={cancelTo}
        saving={saving}
        saveError={saveError}
        saveFailed={t('learningStudio.editor.saveFailed')}
      />
    </form>
  );
}

interface ModuleFieldsProps {
  module: ModuleFormValues;
  index: number;
  removable: boolean;
  onChange: (change: Partial<ModuleFormValues>) => void;
  onRemove: () => void;
  problem: (field: string) => string | undefined;
}

function ModuleFields({ module, index, removable, onChange, onRemove, problem }: ModuleFieldsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const number = index + 1;
  const field = `modules.${index}`;
  const setQuestion = (at: number, question: QuestionFormValues) =>
    onChange({ quiz: module.quiz.map((current, position) => (position === at ? question : current)) });
  return (
    <div className={styles.block}>
      <FieldGroup legend={t('learningStudio.editor.module', { number })}>
        <TextsFields
          label={{
            fr: t('learningStudio.editor.moduleTitleFr'),
            en: t('learningStudio.editor.moduleTitleEn'),
          }}
          value={module.title}
          onChange={(title) => onChange({ title })}
          field={`${field}.title`}
          problem={problem}
        />
        <TextsFields
          label={{ fr: t('learningStudio.editor.bodyFr'), en: t('learningStudio.editor.bodyEn') }}
          value={module.body}
          onChange={(body) => onChange({ body })}
          field={`${field}.body`}
          problem={problem}
          rows={8}
        />
        <MediaUpload media={module.media} max={1} onChange={(media) => onChange({ media })} />
        <Field
          label={t('learningStudio.editor.link')}
          hint={t('learningStudio.editor.linkHint')}
          validationMessage={problem(`${field}.link`)}
        >
          <Input type="url" value={module.link} onChange={(_, data) => onChange({ link: data.value })} />
        </Field>
        {module.quiz.map((question, at) => (
          <QuestionFields
            key={question.id ?? `new-${at}`}
            question={question}
            moduleNumber={number}
            index={at}
            field={`${field}.quiz.${at}`}
            onChange={(changed) => setQuestion(at, changed)}
            onRemove={() => onChange({ quiz: module.quiz.filter((_, position) => position !== at) })}
            problem={problem}
          />
        ))}
        <div className={styles.actions}>
          <Button
            icon={<AddRegular />}
            disabledFocusable={!canAddQuestion(module)}
            onClick={() => canAddQuestion(module) && onChange({ quiz: [...module.quiz, newQuestion()] })}
          >
            {t('learningStudio.editor.addQuestion', { number })}
          </Button>
          <Button
            icon={<DeleteRegular />}
            disabledFocusable={!removable}
            onClick={() => removable && onRemove()}
          >
            {t('learningStudio.editor.removeModule', { number })}
          </Button>
        </div>
      </FieldGroup>
    </div>
  );
}

interface QuestionFieldsProps {
  question: QuestionFormValues;
  moduleNumber: number;
  index: number;
  field: string;
  onChange: (question: QuestionFormValues) => void;
  onRemove: () => void;
  problem: (field: string) => string | undefined;
}

function QuestionFields({
  question,
  moduleNumber,
  index,
  field,
  onChange,
  onRemove,
  problem,
}: QuestionFieldsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const number = index + 1;
  const setOption = (at: number, label: Texts) =>
    onChange({
      ...question,
      options: question.options.map((option, position) => (position === at ? { ...option, label } : option)),
    });
  return (
    <div className={styles.block}>
      <FieldGroup
        legend={t('learningStudio.editor.question', { module: moduleNumber, number })}
        hint={t('learningStudio.editor.optionsHint')}
      >
        <TextsFields
          label={{ fr: t('learningStudio.editor.questionFr'), en: t('learningStudio.editor.questionEn') }}
          value={question.question}
          onChange={(value) => onChange({ ...question, question: value })}
          field={`${field}.question`}
          problem={problem}
        />
        {question.options.map((option, at) => {
          const optionNumber = at + 1;
          return (
            <div key={option.id ?? `new-${at}`} className={styles.option}>
              {(['fr', 'en'] as const).map((language) => (
                <Field
                  key={language}
                  className={styles.optionText}
                  label={t(
                    language === 'fr' ? 'learningStudio.editor.optionFr' : 'learningStudio.editor.optionEn',
                    { number: optionNumber },
                  )}
                  required
                  validationMessage={problem(`${field}.options.${at}.label.${language}`)}
                >
                  <Input
                    lang={language}
                    value={option.label[language]}
                    onChange={(_, data) => setOption(at, { ...option.label, [language]: data.value })}
                  />
                </Field>
              ))}
              <Button
                icon={<DeleteRegular />}
                aria-label={t('learningStudio.editor.removeOption', {
                  number: optionNumber,
                  question: number,
                })}
                disabledFocusable={!canRemoveOption(question)}
                onClick={() => canRemoveOption(question) && onChange(withoutOption(question, at))}
              />
            </div>
          );
        })}
        <Field label={t('learningStudio.editor.answer')} validationMessage={problem(`${field}.answerIndex`)}>
          <Select
            value={String(question.answerIndex)}
            onChange={(_, data) => onChange({ ...question, answerIndex: Number(data.value) })}
          >
            {question.options.map((_, at) => (
              <option key={at} value={at}>
                {t('learningStudio.editor.optionNumber', { number: at + 1 })}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button
            icon={<AddRegular />}
            disabledFocusable={!canAddOption(question)}
            onClick={() =>
              canAddOption(question) &&
              onChange({ ...question, options: [...question.options, { label: { fr: '', en: '' } }] })
            }
          >
            {t('learningStudio.editor.addOption', { number })}
          </Button>
          <Button icon={<DeleteRegular />} onClick={onRemove}>
            {t('learningStudio.editor.removeQuestion', { number })}
          </Button>
        </div>
      </FieldGroup>
    </div>
  );
}
