import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LearningModule, LearningPath, ModuleCompletion } from '@contract/learning';
import { completeModule, learningPathsQuery } from '../../api/learning';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSubmission } from '../../hooks/useSubmission';
import { currentLocale } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/formatNumber';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { AsyncPage } from '../../ui/AsyncPage';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ExternalLink } from '../../ui/ExternalLink';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { SubmitButton } from '../../ui/SubmitButton';
import { SuccessNotice } from '../../ui/SuccessNotice';
import { CharterMarkdown } from '../charter/CharterMarkdown';
import { learningModulePagePath } from '@contract/tab-pages';

const useStyles = makeStyles({
  media: { display: 'block', maxWidth: 'min(100%, 640px)', borderRadius: tokens.borderRadiusMedium },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '75ch' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** One module: its text, picture or video and link, then its quiz (or "done" when it has none). */
export function LearningModulePage() {
  const { t } = useTranslation();
  const { moduleId = '' } = useParams();
  const paths = useApiQuery(learningPathsQuery());
  const back = { to: '/learning', label: t('learning.back') };
  return (
    <AsyncPage
      state={paths}
      loadingLabel={t('learning.loadingModule')}
      errorTitle={t('learning.title')}
      back={back}
    >
      {({ paths: mine }) => {
        const path = mine.find((candidate) => candidate.modules.some((module) => module.id === moduleId));
        const module = path?.modules.find((candidate) => candidate.id === moduleId);
        if (!path || !module) {
          return (
            <>
              <PageHeading title={t('learning.title')} />
              <EmptyState message={t('learning.moduleNotFound')} />
            </>
          );
        }
        // A fresh attempt for each module, as when opening the next one from a result.
        return <ModuleView key={module.id} path={path} module={module} />;
      }}
    </AsyncPage>
  );
}

function ModuleView({ path, module }: { path: LearningPath; module: LearningModule }) {
  const styles = useStyles();
  const locale = currentLocale();
  const { t } = useTranslation();
  const position = path.modules.indexOf(module) + 1;
  return (
    <>
      <PageHeading
        title={localized(module.title, locale)}
        intro={t('learning.moduleOf', {
          path: localized(path.title, locale),
          position: formatNumber(position, locale),
          total: formatNumber(path.modules.length, locale),
        })}
      />
      <div className={styles.section}>
        {module.media?.kind === 'image' && <img src={module.media.url} alt="" className={styles.media} />}
        {module.media?.kind === 'video' && (
          <video src={module.media.url} controls preload="metadata" className={styles.media} />
        )}
        <CharterMarkdown markdown={localized(module.body, locale)} lang={locale} />
        {module.link && (
          <p>
            <ExternalLink href={module.link}>{t('learning.furtherReading')}</ExternalLink>
          </p>
        )}
        <Attempt path={path} module={module} />
      </div>
    </>
  );
}

/** The quiz, or the plain "done" of a module without one; what the attempt gave stays until the next one. */
function Attempt({ path, module }: { path: LearningPath; module: LearningModule }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const { me } = useSession();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ModuleCompletion>();
  const [missing, setMissing] = useState(false);
  const submission = useSubmission();
  const hasQuiz = module.quiz.length > 0;

  if (me.enrolment.status !== 'ambassador') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('learning.joinFirst')} <RouterLink to="/charter">{t('errors.actions.charter')}</RouterLink>
        </MessageBarBody>
      </MessageBar>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unanswered = module.quiz.some((question) => !choices[question.id]);
    setMissing(unanswered);
    if (unanswered) return;
    await submission.run(async () => {
      const answers = module.quiz.map((question) => ({
        questionId: question.id,
        optionId: choices[question.id] ?? '',
      }));
      setResult(await completeModule(module.id, answers));
    });
  }

  const wrong = new Set(result?.quiz?.wrongQuestionIds);
  const next = path.modules[path.modules.indexOf(module) + 1];
  return (
    <section className={styles.section} aria-labelledby="module-attempt">
      <h2 id="module-attempt" className={styles.heading}>
        {hasQuiz ? t('learning.quizTitle') : t('learning.doneTitle')}
      </h2>
      {module.completed && !result && <SuccessNotice message={t('learning.alreadyDone')} />}
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        {module.quiz.map((question) => {
          const unanswered = missing && !choices[question.id];
          const marked = result?.quiz && !unanswered;
          return (
            <Field
              key={question.id}
              label={localized(question.question, locale)}
              required
              validationState={
                unanswered ? 'error' : marked ? (wrong.has(question.id) ? 'warning' : 'success') : 'none'
              }
              validationMessage={
                unanswered
                  ? t('learning.chooseAnswer')
                  : marked
                    ? wrong.has(question.id)
                      ? t('learning.answerWrong')
                      : t('learning.answerRight')
                    : undefined
              }
            >
              <RadioGroup
                value={choices[question.id] ?? ''}
                onChange={(_, data) => {
                  setChoices((current) => ({ ...current, [question.id]: data.value }));
                  setResult(undefined);
                }}
              >
                {question.options.map((option) => (
                  <Radio key={option.id} value={option.id} label={localized(option.label, locale)} />
                ))}
              </RadioGroup>
            </Field>
          );
        })}
        {submission.error !== undefined && <ErrorState error={submission.error} />}
        {result && <Outcome result={result} next={next} />}
        <div className={styles.actions}>
          <SubmitButton busy={submission.busy}>
            {hasQuiz ? t('learning.check') : t('learning.markDone')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function Outcome({ result, next }: { result: ModuleCompletion; next: LearningModule | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (result.quiz && !result.quiz.passed) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('learning.notYet')}</MessageBarTitle>
          <span role="status">
            {t('learning.score', {
              count: result.quiz.correct,
              correct: formatNumber(result.quiz.correct, locale),
              total: formatNumber(result.quiz.total, locale),
            })}{' '}
            {t('learning.tryAgain')}
          </span>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const message = result.pathCompleted
    ? t('learning.pathCompleted')
    : t('learning.moduleCompleted', { progress: formatNumber(result.progress, locale) });
  return (
    <SuccessNotice message={message}>
      {next && !result.pathCompleted && (
        <RouterLink to={learningModulePagePath(next.id)}>
          {t('learning.next', { title: localized(next.title, locale) })}
        </RouterLink>
      )}
    </SuccessNotice>
  );
}
