import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightsSettings } from '@contract/insights';
import { insightsSettingsQuery, updateInsightsSettings } from '../../api/insights';
import { useApiQuery } from '../../hooks/useApiQuery';
import { SuccessNotice } from '../../ui/SuccessNotice';
import { AsyncPage } from '../../ui/AsyncPage';
import { formatDateTime } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { useSession } from '../../session/sessionContext';
import { ErrorState } from '../../ui/ErrorState';
import { SubmitButton } from '../../ui/SubmitButton';
import { RestrictedPage } from '../RestrictedPage';
import { isForbidden } from '../restrictedAccess';
import { DrillDownTrail } from './DrillDownTrail';
import { draftFrom, toSettingsInput } from './insightsSettingsForm';
import type { InsightsSettingsDraft, SettingsField } from './insightsSettingsForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  meta: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Administrators: what a thousand impressions and a click are worth, and the time zone days are counted in. */
export function InsightsSettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery(insightsSettingsQuery(), { fresh: true });
  if (settings.status === 'error' && isForbidden(settings.error))
    return <RestrictedPage roles={['Programme.Admin']} />;
  return (
    <AsyncPage
      title={t('insights.settings.title')}
      intro={t('insights.settings.intro')}
      header={<DrillDownTrail steps={[{ label: t('insights.title'), to: '/insights' }]} />}
      state={settings}
      loadingLabel={t('insights.settings.loading')}
    >
      {(value) => <SettingsForm settings={value} />}
    </AsyncPage>
  );
}

function SettingsForm({ settings }: { settings: InsightsSettings }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const [saved, setSaved] = useState(settings);
  const [draft, setDraft] = useState<InsightsSettingsDraft>(() => draftFrom(settings));
  const [invalid, setInvalid] = useState<SettingsField[]>([]);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  // Every zone the browser knows, the saved one first in case this browser does not know it.
  const timeZones = useMemo(
    () => [...new Set([saved.reportingTimeZone, ...Intl.supportedValuesOf('timeZone')])],
    [saved.reportingTimeZone],
  );

  const field = (name: SettingsField) => ({
    value: draft[name],
    onChange: (_: unknown, data: { value: string }) => {
      setDone(false);
      setDraft((current) => ({ ...current, [name]: data.value }));
    },
  });
  const validation = (name: SettingsField) =>
    invalid.includes(name) ? t(`insights.settings.invalid.${name}`) : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = toSettingsInput(draft);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid([]);
    setSaving(true);
    setError(undefined);
    try {
      const result = await updateInsightsSettings(checked.input);
      setSaved(result);
      setDraft(draftFrom(result));
      setDone(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <div className={styles.row}>
        <Field
          label={t('insights.settings.cpm')}
          hint={t('insights.settings.cpmHint')}
          validationMessage={validation('cpm')}
          required
        >
          <Input inputMode="decimal" {...field('cpm')} />
        </Field>
        <Field
          label={t('insights.settings.cpc')}
          hint={t('insights.settings.cpcHint')}
          validationMessage={validation('cpc')}
          required
        >
          <Input inputMode="decimal" {...field('cpc')} />
        </Field>
        <Field
          label={t('insights.settings.currency')}
          hint={t('insights.settings.currencyHint')}
          validationMessage={validation('currency')}
          required
        >
          <Input maxLength={3} autoComplete="off" {...field('currency')} />
        </Field>
      </div>
      <Field
        label={t('insights.settings.timeZone')}
        hint={t('insights.settings.timeZoneHint')}
        validationMessage={validation('reportingTimeZone')}
        required
      >
        <Select {...field('reportingTimeZone')}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </Field>
      {saved.updatedAt && (
        <p className={styles.meta}>
          {t('insights.settings.updatedAt', {
            at: formatDateTime(saved.updatedAt, currentLocale(), me.timeZone) ?? saved.updatedAt,
          })}
        </p>
      )}
      {error !== undefined && <ErrorState error={error} title={t('insights.settings.saveFailed')} />}
      {done && <SuccessNotice message={t('insights.settings.saved')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{t('insights.settings.save')}</SubmitButton>
      </div>
    </form>
  );
}
