import { DateTimeField } from '../../ui/DateTimeField';
import { FieldGroup } from '../../ui/FieldGroup';
import { useEditorStyles } from './editorStyles';

type PeriodField = 'startsAt' | 'endsAt';

interface PeriodFieldsProps {
  legend: string;
  hint?: string;
  labels: Record<PeriodField, string>;
  values: Record<PeriodField, string>;
  onChange: (field: PeriodField, value: string) => void;
  /** What is wrong with a field, in words, if anything. */
  problem: (field: PeriodField) => string | undefined;
}

/** When something runs, in an editor: its start and its end, both required, side by side where they fit. */
export function PeriodFields({ legend, hint, labels, values, onChange, problem }: PeriodFieldsProps) {
  const styles = useEditorStyles();
  const field = (name: PeriodField) => (
    <DateTimeField
      label={labels[name]}
      required
      value={values[name]}
      onChange={(value) => onChange(name, value)}
      validationMessage={problem(name)}
    />
  );
  return (
    <FieldGroup legend={legend} hint={hint}>
      <div className={styles.row}>
        {field('startsAt')}
        {field('endsAt')}
      </div>
    </FieldGroup>
  );
}
