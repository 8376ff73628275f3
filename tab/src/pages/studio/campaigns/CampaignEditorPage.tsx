import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { campaignObjectives } from '@contract/campaigns';
import type { Campaign } from '@contract/campaigns';
import { localeSchema } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { createCampaign, getCampaignPage, updateCampaign } from '../../../api/campaigns';
import { getOrganisation } from '../../../api/organisation';
import { useAsync } from '../../../hooks/useAsync';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { objectiveKeys } from '../studioLabels';
import { campaignFormFrom, newCampaignForm, toggle, validateCampaignForm } from './campaignForm';
import type { CampaignField, CampaignFormValues, CampaignProblem } from './campaignForm';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const problemKeys = {
  required: 'campaigns.editor.errors.required',
  date: 'campaigns.editor.errors.date',
  period: 'campaigns.editor.errors.period',
  number: 'campaigns.editor.errors.number',
  percent: 'campaigns.editor.errors.percent',
} as const satisfies Record<CampaignProblem, string>;

interface Loaded {
  organisation: Organisation;
  campaign?: Campaign;
}

/** Studio: creates a campaign (`/studio/campaigns/new`) or edits one (`…/:campaignId/edit`). */
export function CampaignEditorPage() {
  const { campaignId } = useParams();
  const { t } = useTranslation();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const [organisation, page] = await Promise.all([
        getOrganisation(signal),
        campaignId ? getCampaignPage(campaignId, signal) : undefined,
      ]);
      return { organisation, ...(page ? { campaign: page.campaign } : {}) };
    },
    [campaignId],
  );
  const loaded = useAsync(load);
  const title = campaignId ? t('campaigns.editor.editTitle') : t('campaigns.editor.newTitle');

  return (
    <>
      <PageHeading title={title} />
      {loaded.status === 'loading' && <LoadingState label={t('campaigns.editor.loading')} />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'done' && <CampaignForm {...loaded.value} />}
    </>
  );
}

function CampaignForm({ organisation, campaign }: Loaded) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [values, setValues] = useState<CampaignFormValues>(() =>
    campaign ? campaignFormFrom(campaign) : newCampaignForm(new Date(), organisation.brands[0]?.id ?? ''),
  );
  const [problems, setProblems] = useState<Partial<Record<CampaignField, CampaignProblem>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const set = <K extends keyof CampaignFormValues>(name: K, value: CampaignFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const problem = (field: CampaignField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };
  const cancelTo = campaign ? `/studio/campaigns/${encodeURIComponent(campaign.id)}` : '/studio/campaigns';

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = validateCampaignForm(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = campaign
        ? await updateCampaign(campaign.id, checked.input)
        : await createCampaign(checked.input);
      void navigate(`/studio/campaigns/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <div className={styles.row}>
        <Field label={t('campaigns.editor.nameFr')} required validationMessage={problem('nameFr')}>
          <Input lang="fr" value={values.nameFr} onChange={(_, data) => set('nameFr', data.value)} />
        </Field>
        <Field label={t('campaigns.editor.nameEn')} required validationMessage={problem('nameEn')}>
          <Input lang="en" value={values.nameEn} onChange={(_, data) => set('nameEn', data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('campaigns.editor.objective')}>
          <Select
            value={values.objective}
            onChange={(_, data) => set('objective', data.value as CampaignFormValues['objective'])}
          >
            {campaignObjectives.map((objective) => (
              <option key={objective} value={objective}>
                {t(objectiveKeys[objective])}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('campaigns.editor.brand')} required validationMessage={problem('brandId')}>
          <Select value={values.brandId} onChange={(_, data) => set('brandId', data.value)}>
            {organisation.brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <FieldGroup legend={t('campaigns.editor.period')} hint={t('campaigns.editor.periodHint')}>
        <div className={styles.row}>
          <Field label={t('campaigns.editor.startsAt')} required validationMessage={problem('startsAt')}>
            <Input
              type="datetime-local"
              value={values.startsAt}
              onChange={(_, data) => set('startsAt', data.value)}
            />
          </Field>
          <Field label={t('campaigns.editor.endsAt')} required validationMessage={problem('endsAt')}>
            <Input
              type="datetime-local"
              value={values.endsAt}
              onChange={(_, data) => set('endsAt', data.value)}
            />
          </Field>
        </div>
      </FieldGroup>
      <FieldGroup legend={t('campaigns.editor.groups')} hint={t('campaigns.editor.audienceHint')}>
        {organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={`${localized(group.name, locale)} (${t(`groupKinds.${group.kind}`)})`}
            checked={values.groupIds.includes(group.id)}
            onChange={(_, data) => set('groupIds', toggle(values.groupIds, group.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('campaigns.editor.brands')} hint={t('campaigns.editor.audienceHint')}>
        {organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={values.brandIds.includes(brand.id)}
            onChange={(_, data) => set('brandIds', toggle(values.brandIds, brand.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('campaigns.editor.languages')} hint={t('campaigns.editor.audienceHint')}>
        {localeSchema.options.map((language) => (
          <Checkbox
            key={language}
            label={t(`languages.${language}`)}
            checked={values.languages.includes(language)}
            onChange={(_, data) =>
              set('languages', toggle(values.languages, language, data.checked === true))
            }
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('campaigns.editor.targets')}>
        <div className={styles.row}>
          <Field label={t('campaigns.editor.targetShares')} validationMessage={problem('shares')}>
            <Input
              inputMode="numeric"
              value={values.shares}
              onChange={(_, data) => set('shares', data.value)}
            />
          </Field>
          <Field label={t('campaigns.editor.targetClicks')} validationMessage={problem('clicks')}>
            <Input
              inputMode="numeric"
              value={values.clicks}
              onChange={(_, data) => set('clicks', data.value)}
            />
          </Field>
          <Field
            label={t('campaigns.editor.targetParticipation')}
            validationMessage={problem('participation')}
          >
            <Input
              inputMode="decimal"
              value={values.participation}
              onChange={(_, data) => set('participation', data.value)}
            />
          </Field>
        </div>
      </FieldGroup>
      {saveError !== undefined && <ErrorState error={saveError} title={t('campaigns.editor.saveFailed')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>
          {campaign ? t('campaigns.editor.save') : t('campaigns.editor.create')}
        </SubmitButton>
        <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('campaigns.editor.saving')}</span>}
      </div>
    </form>
  );
}
