import { Field, Radio, RadioGroup, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { readinessDimensions, readinessQuestions } from '@contract/readiness';
import type { ReadinessAnswers, ReadinessQuestionId } from '@contract/readiness';
import { diagnosticQuery, takeDiagnostic } from '../../../api/readiness';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSubmission } from '../../../hooks/useSubmission';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { RouterLink } from '../../../ui/RouterLink';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  // Five or six answers side by side where they fit, wrapping on a phone.
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  questions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  status: { margin: 0 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/** The radio value of "not applicable"; the others are the scale's numbers. */
const NOT_APPLICABLE = 'n/a';
/** The scale's points, 0 to `READINESS_SCALE_MAX`, as radio values: each has its label. */
const scale = ['0', '1', '2', '3', '4'] as const;

type Draft = Partial<Record<ReadinessQuestionId, number | null>>;

/** Studio: the questionnaire, started from the latest take's answers so that a retake changes only what moved. */
export function DiagnosticTakePage() {
  const { t } = useTranslation();
  const diagnostic = useApiQuery(diagnosticQuery(), { fresh: true });
  return (
    <AsyncPage
      title={t('readiness.questionnaire.title')}
      intro={t('readiness.questionnaire.intro')}
      back={{ to: '/studio/diagnostic', label: t('readiness.questionnaire.back') }}
      state={diagnostic}
      loadingLabel={t('readiness.questionnaire.loading')}
    >
      {({ latest }) => <Questionnaire previous={latest?.answers ?? {}} />}
    </AsyncPage>
  );
}

function Questionnaire({ previous }: { previous: Draft }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [answers, setAnswers] = useState<Draft>(previous);
  const [checked, setChecked] = useState(false);
  const submission = useSubmission();
  const unanswered = readinessQuestions.filter(({ id }) => answers[id] === undefined);
  const missing = checked && unanswered.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (unanswered.length > 0) return;
    void submission.run(async () => {
      await takeDiagnostic({ answers: answers as ReadinessAnswers });
      void navigate('/studio/diagnostic');
    });
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {readinessDimensions.map((dimension) => (
        <Panel key={dimension} title={t(`readiness.dimensions.${dimension}`)}>
          <div className={styles.questions}>
            {readinessQuestions
              .filter((question) => question.dimension === dimension)
              .map((question) => {
                const answer = answers[question.id];
                return (
                  <Field
                    key={question.id}
                    label={t(`readiness.questionnaire.questions.${question.id}`)}
                    required
                    validationMessage={
                      checked && answer === undefined ? t('readiness.questionnaire.required') : undefined
                    }
                  >
                    <RadioGroup
                      className={styles.choices}
                      layout="horizontal"
                      value={answer === undefined ? '' : answer === null ? NOT_APPLICABLE : String(answer)}
                      onChange={(_, data) =>
                        setAnswers((current) => ({
                          ...current,
                          [question.id]: data.value === NOT_APPLICABLE ? null : Number(data.value),
                        }))
                      }
                    >
                      {scale.map((value) => (
                        <Radio
                          key={value}
                          value={value}
                          label={t(`readiness.questionnaire.scale.${value}`)}
                        />
                      ))}
                      {'mayNotApply' in question && (
                        <Radio value={NOT_APPLICABLE} label={t('readiness.questionnaire.notApplicable')} />
                      )}
                    </RadioGroup>
                  </Field>
                );
              })}
          </div>
        </Panel>
      ))}
      {submission.error !== undefined && (
        <ErrorState error={submission.error} title={t('readiness.questionnaire.saveFailed')} />
      )}
      <div className={styles.actions}>
        <SubmitButton busy={submission.busy}>{t('readiness.questionnaire.submit')}</SubmitButton>
        <RouterLink to="/studio/diagnostic">{t('common.cancel')}</RouterLink>
        <p role="status" className={mergeClasses(styles.status, missing && styles.missing)}>
          {missing
            ? t('readiness.questionnaire.unanswered', { count: unanswered.length })
            : submission.busy
              ? t('readiness.questionnaire.saving')
              : ''}
        </p>
      </div>
    </form>
  );
}
