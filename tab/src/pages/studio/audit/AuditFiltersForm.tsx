import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit';

/** The kinds of records the programme writes to its audit log. */
const entityTypes = [
  'group',
  'feed',
  'charter',
  'person',
  'content',
  'campaign',
  'share',
  'archive-record',
  'archive',
  'archive-export',
  'legal-hold',
  'retention',
  'learning-path',
] as const;

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>({});
  const field = (name: keyof AuditFilters) => ({
    value: draft[name] ?? '',
    onChange: (_: unknown, data: { value: string }) => setDraft({ ...draft, [name]: data.value }),
  });

  return (
    <form
      role="search"
      aria-label={t('audit.filters.label')}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className={styles.fields}>
        <Field label={t('audit.filters.entityType')}>
          <Select {...field('entityType')}>
            <option value="">{t('audit.filters.anyType')}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entityTypes.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('audit.filters.entityId')}>
          <Input {...field('entityId')} autoComplete="off" />
        </Field>
        <Field label={t('audit.filters.actorId')}>
          <Input {...field('actorId')} autoComplete="off" />
        </Field>
        <Field label={t('audit.filters.action')}>
          <Input {...field('action')} autoComplete="off" placeholder="group.created" />
        </Field>
        <Field label={t('audit.filters.from')}>
          <Input type="date" {...field('from')} />
        </Field>
        <Field label={t('audit.filters.to')}>
          <Input type="date" {...field('to')} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('audit.filters.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          {t('audit.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
