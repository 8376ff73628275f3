import { Button, Field, Input, Select, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkNames, networks } from '@contract/network';
import type { Network } from '@contract/network';
import type { SupervisionFilters } from '../../../api/compliance';

/** A person or campaign chosen by clicking it on a share: the id filters, the name is shown. */
export interface ChosenFilter {
  kind: 'person' | 'campaign';
  id: string;
  name: string;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
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

type Draft = Pick<SupervisionFilters, 'from' | 'to' | 'network' | 'words'>;

/** Period, network and words; a person or a campaign is chosen from a share and shown as a removable tag. */
export function SupervisionFiltersForm({
  chosen,
  onApply,
  onRemoveChosen,
}: {
  chosen: readonly ChosenFilter[];
  onApply: (draft: Draft) => void;
  onRemoveChosen: (kind: ChosenFilter['kind']) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({});
  const [periodError, setPeriodError] = useState(false);
  const text = (name: 'from' | 'to' | 'words') => ({
    value: draft[name] ?? '',
    onChange: (_: unknown, data: { value: string }) => {
      setPeriodError(false);
      setDraft({ ...draft, [name]: data.value });
    },
  });

  return (
    <form
      role="search"
      aria-label={t('supervision.filters.label')}
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.from && draft.to && draft.from > draft.to) {
          setPeriodError(true);
          return;
        }
        onApply(draft);
      }}
    >
      <div className={styles.fields}>
        <Field label={t('supervision.filters.from')}>
          <Input type="date" {...text('from')} />
        </Field>
        <Field
          label={t('supervision.filters.to')}
          validationMessage={periodError ? t('supervision.filters.periodOrder') : undefined}
        >
          <Input type="date" {...text('to')} />
        </Field>
        <Field label={t('supervision.filters.network')}>
          <Select
            value={draft.network ?? ''}
            onChange={(_, data) =>
              setDraft({ ...draft, network: data.value ? (data.value as Network) : undefined })
            }
          >
            <option value="">{t('supervision.filters.anyNetwork')}</option>
            {networks.map((network) => (
              <option key={network} value={network}>
                {networkNames[network]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('supervision.filters.words')}>
          <Input {...text('words')} autoComplete="off" maxLength={100} />
        </Field>
      </div>
      {chosen.length > 0 && (
        <TagGroup
          aria-label={t('supervision.filters.chosen')}
          onDismiss={(_, data) => onRemoveChosen(data.value as ChosenFilter['kind'])}
        >
          {chosen.map((filter) => (
            <Tag
              key={filter.kind}
              value={filter.kind}
              dismissible
              dismissIcon={{ 'aria-label': t('supervision.filters.remove', { name: filter.name }) }}
            >
              {t(`supervision.filters.${filter.kind}`, { name: filter.name })}
            </Tag>
          ))}
        </TagGroup>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('supervision.filters.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            onApply({});
            for (const filter of chosen) onRemoveChosen(filter.kind);
          }}
        >
          {t('supervision.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
