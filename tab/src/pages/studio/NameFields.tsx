import { Field, Input } from '@fluentui/react-components';
import { useEditorStyles } from './editorStyles';

type NameField = 'nameFr' | 'nameEn';

interface NameFieldsProps {
  labels: Record<NameField, string>;
  values: Record<NameField, string>;
  onChange: (field: NameField, value: string) => void;
  /** What is wrong with a field, in words, if anything. */
  problem: (field: NameField) => string | undefined;
}

/** A name in both languages, each required and marked with its language for screen readers and spelling. */
export function NameFields({ labels, values, onChange, problem }: NameFieldsProps) {
  const styles = useEditorStyles();
  const field = (name: NameField, lang: 'fr' | 'en') => (
    <Field label={labels[name]} required validationMessage={problem(name)}>
      <Input lang={lang} value={values[name]} onChange={(_, data) => onChange(name, data.value)} />
    </Field>
  );
  return (
    <div className={styles.row}>
      {field('nameFr', 'fr')}
      {field('nameEn', 'en')}
    </div>
  );
}
