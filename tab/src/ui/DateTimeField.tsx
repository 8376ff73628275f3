import { Field, Input } from '@fluentui/react-components';

interface DateTimeFieldProps {
  label: string;
  /** As a `datetime-local` input holds it: `YYYY-MM-DDTHH:mm`, or empty. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  required?: boolean;
  validationMessage?: string | undefined;
}

/** A labelled date-and-time input, with its validation message. */
export function DateTimeField({
  label,
  value,
  onChange,
  onBlur,
  required,
  validationMessage,
}: DateTimeFieldProps) {
  return (
    <Field label={label} required={required} validationMessage={validationMessage}>
      <Input
        type="datetime-local"
        value={value}
        onChange={(_, data) => onChange(data.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
