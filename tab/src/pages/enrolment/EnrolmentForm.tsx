import {
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nudgeFrequencySchema } from '@contract/enrolment';
import { locales } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import { ApiProblem } from '../../api/ApiProblem';
import { networkNames } from '@contract/network';
import { ErrorState } from '../../ui/ErrorState';
import { FieldGroup } from '../../ui/FieldGroup';
import { problemText } from '../../ui/problemText';
import type { CodedReason } from '@contract/problem-codes';
import { serverFieldErrors, timeZoneOptions, toEnrolmentRequest, validateForm } from './enrolmentFormModel';
import type { EnrolmentFormValues, FormField, FormProblem, NudgeFrequency } from './enrolmentFormModel';
import { SubmitButton } from '../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  network: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  audience: { marginInlineStart: tokens.spacingHorizontalXXL, maxWidth: '320px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  time: { minWidth: '140px' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  summary: { ':focus': { outlineStyle: 'none' } },
});

const nudgeLabelKeys = {
  immediate: 'enrolmentForm.nudgeOptions.immediate',
  'daily-digest': 'enrolmentForm.nudgeOptions.dailyDigest',
  'weekly-digest': 'enrolmentForm.nudgeOptions.weeklyDigest',
  never: 'enrolmentForm.nudgeOptions.never',
} as const satisfies Record<NudgeFrequency, string>;

const problemKeys = {
  acceptCharter: 'enrolmentForm.errors.acceptCharter',
  noNetwork: 'enrolmentForm.errors.noNetwork',
  noLanguage: 'enrolmentForm.errors.noLanguage',
  audience: 'enrolmentForm.errors.audience',
  quietHours: 'enrolmentForm.errors.quietHours',
  timeZone: 'enrolmentForm.errors.timeZone',
} as const satisfies Record<FormProblem, string>;

const supportedTimeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

export interface EnrolmentFormProps {
  /** Joining asks to accept the charter; updating only changes networks, languages and preferences. */
  mode: 'join' | 'update';
  initial: EnrolmentFormValues;
  /** Joining: the charter version the checkbox names. */
  charterVersion?: string;
  submitLabel: string;
  /** Sends the form; an ApiProblem with field errors shows them beside their fields. */
  onSubmit: (values: EnrolmentFormValues) => Promise<void>;
}

/** Networks, languages and nudge preferences: the joining form and the preferences form in one. */
export function EnrolmentForm({ mode, initial, charterVersion, submitLabel, onSubmit }: EnrolmentFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FormField, CodedReason[]>>>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const timeZones = useMemo(() => timeZoneOptions(supportedTimeZones(), values.timeZone), [values.timeZone]);

  const problems = validateForm(values, mode);
  const errorFor = (field: FormField): string | undefined => {
    const problem = showProblems ? problems[field] : undefined;
    return problem ? t(problemKeys[problem]) : serverErrorText(field);
  };
  const serverErrorText = (field: FormField): string | undefined =>
    serverErrors[field]?.map((reason) => problemText(t, reason)).join(' ');
  const update = (changes: Partial<EnrolmentFormValues>) =>
    setValues((current) => ({ ...current, ...changes }));
  const updateNetwork = (network: Network, changes: Partial<EnrolmentFormValues['networks'][Network]>) =>
    setValues((current) => ({
      ...current,
      networks: { ...current.networks, [network]: { ...current.networks[network], ...changes } },
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (submitting) return;
    setServerErrors({});
    setSubmitError(undefined);
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      // Focus the summary so the person hears that fields need attention.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fieldErrors = error instanceof ApiProblem ? error.problem?.errors : undefined;
      if (fieldErrors?.length) setServerErrors(serverFieldErrors(fieldErrors, toEnrolmentRequest(values)));
      else setSubmitError(error);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSubmitting(false);
    }
  }

  const hasFieldErrors =
    (showProblems && Object.keys(problems).length > 0) || Object.keys(serverErrors).length > 0;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
        {hasFieldErrors && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {t('enrolmentForm.checkFields')}
              {serverErrors.form && ` ${serverErrorText('form')}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {submitError !== undefined && <ErrorState error={submitError} />}
      </div>

      {mode === 'join' && (
        <Field required validationMessage={errorFor('charter')}>
          <Checkbox
            checked={values.acceptCharter}
            onChange={(_, data) => update({ acceptCharter: data.checked === true })}
            label={t('enrolmentForm.acceptCharter', { version: charterVersion ?? '' })}
          />
        </Field>
      )}

      <FieldGroup
        legend={t('enrolmentForm.networks')}
        hint={t('enrolmentForm.networksHint')}
        error={errorFor('networks')}
      >
        {networks.map((network) => {
          const entry = values.networks[network];
          return (
            <div key={network} className={styles.network}>
              <Checkbox
                checked={entry.chosen}
                label={networkNames[network]}
                onChange={(_, data) => updateNetwork(network, { chosen: data.checked === true })}
              />
              {entry.chosen && (
                <Field
                  className={styles.audience}
                  label={t('enrolmentForm.audience', { network: networkNames[network] })}
                  hint={t('enrolmentForm.audienceHint')}
                  validationMessage={errorFor(`audience.${network}`)}
                >
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={1}
                    value={entry.audience}
                    onChange={(_, data) => updateNetwork(network, { audience: data.value })}
                  />
                </Field>
              )}
            </div>
          );
        })}
      </FieldGroup>

      <FieldGroup legend={t('enrolmentForm.languages')} error={errorFor('languages')}>
        {locales.map((language) => (
          <Checkbox
            key={language}
            checked={values.languages.includes(language)}
            label={t(`languages.${language}`)}
            onChange={(_, data) =>
              update({
                languages:
                  data.checked === true
                    ? [...values.languages.filter((chosen) => chosen !== language), language]
                    : values.languages.filter((chosen) => chosen !== language),
              })
            }
          />
        ))}
      </FieldGroup>

      <Field label={t('enrolmentForm.nudges')} validationMessage={errorFor('nudges')}>
        <RadioGroup
          value={values.nudges}
          onChange={(_, data) => update({ nudges: data.value as NudgeFrequency })}
        >
          {nudgeFrequencySchema.options.map((frequency) => (
            <Radio key={frequency} value={frequency} label={t(nudgeLabelKeys[frequency])} />
          ))}
        </RadioGroup>
      </Field>

      <FieldGroup
        legend={t('enrolmentForm.quietHours')}
        hint={t('enrolmentForm.quietHoursHint')}
        error={errorFor('quietHours')}
      >
        <div className={styles.row}>
          <Field label={t('enrolmentForm.quietStart')} className={styles.time}>
            <Input
              type="time"
              value={values.quietStart}
              onChange={(_, data) => update({ quietStart: data.value })}
            />
          </Field>
          <Field label={t('enrolmentForm.quietEnd')} className={styles.time}>
            <Input
              type="time"
              value={values.quietEnd}
              onChange={(_, data) => update({ quietEnd: data.value })}
            />
          </Field>
        </div>
      </FieldGroup>

      <Field
        label={t('enrolmentForm.timeZone')}
        hint={mode === 'join' ? t('enrolmentForm.timeZoneHint') : undefined}
        validationMessage={errorFor('timeZone')}
      >
        <Select value={values.timeZone} onChange={(_, data) => update({ timeZone: data.value })}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      </Field>

      <Field hint={t('enrolmentForm.leaderboardsHint')}>
        <Switch
          checked={values.showOnLeaderboards}
          label={t('enrolmentForm.leaderboards')}
          onChange={(_, data) => update({ showOnLeaderboards: data.checked })}
        />
      </Field>

      <div className={styles.actions}>
        <SubmitButton busy={submitting}>{submitLabel}</SubmitButton>
        {submitting && <span role="status">{t('enrolmentForm.saving')}</span>}
      </div>
    </form>
  );
}
