import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/sessionContext';

interface DateTimeFieldProps {
  label: string;
  /** As a `datetime-local` input holds it: `YYYY-MM-DDTHH:mm`, or empty. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Said after the time zone, e.g. what an empty field means. */
  hint?: string;
  required?: boolean;
  validationMessage?: string | undefined;
}

/**
 * A labelled date-and-time input, with its validation message. Times are typed in the person's profile time
 * zone (see `dateTimeInput.ts`), which the field names.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  onBlur,
  hint,
  required,
  validationMessage,
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Field
      label={label}
      required={required}
      hint={[t('common.inTimeZone', { zone: me.timeZone.replaceAll('_', ' ') }), hint]
        .filter(Boolean)
        .join(' · ')}
      validationMessage={validationMessage}
    >
      <Input
        type="datetime-local"
        value={value}
        onChange={(_, data) => onChange(data.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
