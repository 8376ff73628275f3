import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { groupKinds } from '@contract/groups';
import type { GroupKind } from '@contract/groups';
import type { GroupFormValues } from './groupForm';

const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))',
  },
});

/** A group's names in both languages and its kind: the same fields to create and to rename. */
export function GroupFields({
  values,
  onChange,
}: {
  values: GroupFormValues;
  onChange: (values: GroupFormValues) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.fields}>
      <Field label={t('groups.create.nameFr')} required>
        <Input
          lang="fr"
          value={values.nameFr}
          maxLength={100}
          onChange={(_, data) => onChange({ ...values, nameFr: data.value })}
        />
      </Field>
      <Field label={t('groups.create.nameEn')} required>
        <Input
          lang="en"
          value={values.nameEn}
          maxLength={100}
          onChange={(_, data) => onChange({ ...values, nameEn: data.value })}
        />
      </Field>
      <Field label={t('groups.create.kind')}>
        <Select
          value={values.kind}
          onChange={(_, data) => onChange({ ...values, kind: data.value as GroupKind })}
        >
          {groupKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`groupKinds.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
