import { ProgressBar, Select, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manualProgrammeStepKeys, programmeStepStates } from '@contract/readiness';
import type { ManualProgrammeStepKey, ProgrammeStep, ProgrammeStepState } from '@contract/readiness';
import { programmePlanQuery, setProgrammeStep } from '../../../api/readiness';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSubmission } from '../../../hooks/useSubmission';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
import { LabelBadge } from '../../../ui/LabelBadge';
import { ListTable } from '../../../ui/ListTable';
import { RouterLink } from '../../../ui/RouterLink';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '480px' },
  progressText: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  step: { display: 'flex', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  number: {
    flexShrink: 0,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
  },
  state: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
  },
  computed: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const stateColours: Record<ProgrammeStepState, BadgeProps['color']> = {
  todo: 'informative',
  'in-progress': 'warning',
  done: 'success',
};

/** Studio: the method's eleven steps as a checklist, each leading to the page of the product that serves it. */
export function ProgrammePlanPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  // Read afresh each time: the plan follows what changed elsewhere in the product (groups, events, the charter).
  const plan = useApiQuery(programmePlanQuery(), { fresh: true });
  const submission = useSubmission();

  return (
    <AsyncPage
      title={t('readiness.plan.title')}
      intro={t('readiness.plan.intro')}
      state={plan}
      loadingLabel={t('readiness.plan.loading')}
    >
      {({ steps }) => {
        const done = steps.filter((step) => step.state === 'done').length;
        return (
          <div className={styles.stack}>
            <div className={styles.progress}>
              <p className={styles.progressText}>
                {t('readiness.plan.progress', { done, count: steps.length })}
              </p>
              <ProgressBar value={done} max={steps.length} thickness="large" aria-hidden />
            </div>
            {submission.error !== undefined && (
              <ErrorState error={submission.error} title={t('readiness.plan.saveFailed')} />
            )}
            <ListTable
              label={t('readiness.plan.tableLabel')}
              columns={[
                t('readiness.plan.columns.step'),
                t('readiness.plan.columns.state'),
                t('readiness.plan.columns.next'),
              ]}
            >
              {steps.map((step, index) => (
                <StepRow
                  key={step.key}
                  step={step}
                  number={index + 1}
                  onTick={(key, state) =>
                    void submission.run(async () => void (await setProgrammeStep(key, state)))
                  }
                />
              ))}
            </ListTable>
          </div>
        );
      }}
    </AsyncPage>
  );
}

interface StepRowProps {
  step: ProgrammeStep;
  number: number;
  onTick: (key: ManualProgrammeStepKey, state: ProgrammeStepState) => void;
}

function StepRow({ step, number, onTick }: StepRowProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const title = localized(step.title, currentLocale());
  // The choice shows at once; the plan read again after the save confirms it.
  const [chosen, setChosen] = useState(step.state);
  const manualKey = manualProgrammeStepKeys.find((key) => key === step.key);
  return (
    <TableRow>
      <TableCell>
        <span className={styles.step}>
          <span className={styles.number}>{number}.</span>
          <span>{title}</span>
        </span>
      </TableCell>
      <TableCell>
        {manualKey ? (
          <Select
            aria-label={t('readiness.plan.stateOf', { step: title })}
            value={chosen}
            onChange={(_, data) => {
              const state = data.value as ProgrammeStepState;
              setChosen(state);
              onTick(manualKey, state);
            }}
          >
            {programmeStepStates.map((state) => (
              <option key={state} value={state}>
                {t(`readiness.plan.states.${state}`)}
              </option>
            ))}
          </Select>
        ) : (
          <span className={styles.state}>
            <LabelBadge color={stateColours[step.state]}>
              {t(`readiness.plan.states.${step.state}`)}
            </LabelBadge>
            <span className={styles.computed}>{t('readiness.plan.computed')}</span>
          </span>
        )}
      </TableCell>
      <TableCell>
        <RouterLink to={step.link}>{t(`readiness.plan.links.${step.key}`)}</RouterLink>
      </TableCell>
    </TableRow>
  );
}
