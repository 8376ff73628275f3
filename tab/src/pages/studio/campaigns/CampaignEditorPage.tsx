import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext';
import { useParams } from 'react-router';
import { campaignObjectives } from '@contract/campaigns';
import type { Campaign } from '@contract/campaigns';
import type { Organisation } from '@contract/organisation';
import { campaignPageQuery, createCampaign, updateCampaign } from '../../../api/campaigns';
import { organisationQuery } from '../../../api/organisation';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { FieldGroup } from '../../../ui/FieldGroup';
import { AudienceFields } from '../AudienceFields';
import { NameFields } from '../NameFields';
import { PeriodFields } from '../PeriodFields';
import { EditorFooter } from '../EditorFooter';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import { objectiveKeys } from '../studioLabels';
import { campaignFormFrom, newCampaignForm, validateCampaignForm } from './campaignForm';
import type { CampaignField, CampaignFormValues, CampaignProblem } from './campaignForm';

const problemKeys = {
  required: 'campaigns.editor.errors.required',
  date: 'campaigns.editor.errors.date',
  period: 'campaigns.editor.errors.period',
  number: 'campaigns.editor.errors.number',
  percent: 'campaigns.editor.errors.percent',
} as const satisfies Record<CampaignProblem, string>;

interface Loaded {
  organisation: Organisation;
  campaign?: Campaign | undefined;
}

/** Studio: creates a campaign (`/studio/campaigns/new`) or edits one (`…/:campaignId/edit`). */
export function CampaignEditorPage() {
  const { campaignId } = useParams();
  const { t } = useTranslation();
  // Fresh: the form starts from the campaign as it is now, and saving sends that version back.
  const loaded = useApiQueries(
    { organisation: organisationQuery(), details: campaignId ? campaignPageQuery(campaignId) : undefined },
    { fresh: true },
  );
  return (
    <AsyncPage
      title={campaignId ? t('campaigns.editor.editTitle') : t('campaigns.editor.newTitle')}
      state={loaded}
      loadingLabel={t('campaigns.editor.loading')}
    >
      {({ organisation, details }) => (
        <CampaignForm organisation={organisation} campaign={details?.campaign} />
      )}
    </AsyncPage>
  );
}

function CampaignForm({ organisation, campaign }: Loaded) {
  const styles = useEditorStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<CampaignFormValues>(() =>
    campaign
      ? campaignFormFrom(campaign, me.timeZone)
      : newCampaignForm(new Date(), organisation.brands[0]?.id ?? '', me.timeZone),
  );
  const [problems, setProblems] = useState<Partial<Record<CampaignField, CampaignProblem>>>({});
  const problem = (field: CampaignField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };
  const cancelTo = campaign ? `/studio/campaigns/${encodeURIComponent(campaign.id)}` : '/studio/campaigns';

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = validateCampaignForm(values, me.timeZone);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    await persist(async () => {
      const saved = campaign
        ? await updateCampaign(campaign.id, checked.input)
        : await createCampaign(checked.input);
      return `/studio/campaigns/${encodeURIComponent(saved.id)}`;
    });
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <NameFields
        labels={{ nameFr: t('campaigns.editor.nameFr'), nameEn: t('campaigns.editor.nameEn') }}
        values={values}
        onChange={set}
        problem={problem}
      />
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
      <PeriodFields
        legend={t('campaigns.editor.period')}
        hint={t('campaigns.editor.periodHint')}
        labels={{ startsAt: t('campaigns.editor.startsAt'), endsAt: t('campaigns.editor.endsAt') }}
        values={values}
        onChange={set}
        problem={problem}
      />
      <AudienceFields
        organisation={organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
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
      <EditorFooter
        submit={campaign ? t('campaigns.editor.save') : t('campaigns.editor.create')}
        cancelTo={cancelTo}
        saving={saving}
        saveError={saveError}
        saveFailed={t('campaigns.editor.saveFailed')}
      />
    </form>
  );
}
