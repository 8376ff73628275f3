import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customPeriodProblem, periodPresets } from './period';
import type { Period, PeriodPreset } from './period';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  custom: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  apply: { marginTop: '26px' },
});

interface PeriodPickerProps {
  preset: PeriodPreset;
  period: Period;
  today: string;
  onChoose: (preset: PeriodPreset, custom?: Period) => void;
}

/** Last 7, 30 or 90 days, the quarter so far, or two days of the person's choosing. */
export function PeriodPicker({ preset, period, today, onChoose }: PeriodPickerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PeriodPreset>(preset);
  const [draft, setDraft] = useState<Period>(period);
  const [submitted, setSubmitted] = useState(false);
  // The address changed (a choice applied, back, a link): start again from it, keeping the focus where it is.
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setChoice(preset);
    setDraft(period);
  }
  const problem = customPeriodProblem(draft, today);

  return (
    <form
      role="search"
      aria-label={t('insights.period.label')}
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!problem) onChoose('custom', draft);
      }}
    >
      <Field label={t('insights.period.label')}>
        <Select
          value={choice}
          onChange={(_, data) => {
            const next = data.value as PeriodPreset;
            setChoice(next);
            setSubmitted(false);
            // A preset applies at once; a custom period waits for its two days.
            if (next !== 'custom') onChoose(next);
          }}
        >
          {periodPresets.map((option) => (
            <option key={option} value={option}>
              {t(`insights.period.presets.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      {choice === 'custom' && (
        <div className={styles.custom}>
          <Field label={t('insights.period.from')} required>
            <Input
              type="date"
              max={today}
              value={draft.from}
              onChange={(_, data) => setDraft({ ...draft, from: data.value })}
            />
          </Field>
          <Field
            label={t('insights.period.to')}
            required
            validationMessage={submitted && problem ? t(`insights.period.problems.${problem}`) : undefined}
          >
            <Input
              type="date"
              max={today}
              value={draft.to}
              onChange={(_, data) => setDraft({ ...draft, to: data.value })}
            />
          </Field>
          <Button type="submit" appearance="primary" className={styles.apply}>
            {t('insights.period.apply')}
          </Button>
        </div>
      )}
    </form>
  );
}
