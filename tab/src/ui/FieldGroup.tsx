import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { minWidth: 0, margin: 0, padding: 0, border: 'none' },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  error: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface FieldGroupProps {
  legend: string;
  hint?: string;
  /** Shown under the controls and announced with the group. */
  error?: string;
  children: ReactNode;
}

/** A set of checkboxes or inputs answering one question: a fieldset, its legend, hint and error. */
export function FieldGroup({ legend, hint, error, children }: FieldGroupProps) {
  const styles = useStyles();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={styles.root} aria-describedby={describedBy}>
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <div className={styles.body}>{children}</div>
      {error && (
        <p id={errorId} className={styles.error}>
          <ErrorCircle12Filled aria-hidden />
          {error}
        </p>
      )}
    </fieldset>
  );
}
