import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { challengeGoalKinds } from '@contract/challenges';
import type { Challenge } from '@contract/challenges';
import type { CampaignList } from '@contract/campaigns';
import type { Organisation } from '@contract/organisation';
import { getCampaigns } from '../../../api/campaigns';
import { createChallenge, getChallenge, updateChallenge } from '../../../api/challenges';
import { getOrganisation } from '../../../api/organisation';
import { useAsync } from '../../../hooks/useAsync';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { SubmitButton } from '../../../ui/SubmitButton';
import { toggle } from '../campaigns/campaignForm';
import { challengeFormFrom, newChallengeForm, validateChallengeForm } from './challengeForm';
import type { ChallengeField, ChallengeFormValues, ChallengeProblem } from './challengeForm';

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
  required: 'challenges.editor.errors.required',
  date: 'challenges.editor.errors.date',
  period: 'challenges.editor.errors.period',
  target: 'challenges.editor.errors.target',
} as const satisfies Record<ChallengeProblem, string>;

interface Loaded {
  organisation: Organisation;
  campaigns: CampaignList;
  challenge?: Challenge;
}

/** Studio: creates a challenge (`/studio/challenges/new`) or edits one (`…/:challengeId/edit`). */
export function ChallengeEditorPage() {
  const { challengeId } = useParams();
  const { t } = useTranslation();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const [organisation, campaigns, challenge] = await Promise.all([
        getOrganisation(signal),
        getCampaigns(signal),
        challengeId ? getChallenge(challengeId, signal) : undefined,
      ]);
      return { organisation, campaigns, ...(challenge ? { challenge } : {}) };
    },
    [challengeId],
  );
  const loaded = useAsync(load);
  return (
    <>
      <PageHeading title={challengeId ? t('challenges.editor.editTitle') : t('challenges.editor.newTitle')} />
      {loaded.status === 'loading' && <LoadingState label={t('challenges.editor.loading')} />}
      {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'done' && <ChallengeForm {...loaded.value} />}
    </>
  );
}

function ChallengeForm({ organisation, campaigns, challenge }: Loaded) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [values, setValues] = useState<ChallengeFormValues>(() =>
    challenge ? challengeFormFrom(challenge) : newChallengeForm(new Date()),
  );
  const [problems, setProblems] = useState<Partial<Record<ChallengeField, ChallengeProblem>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const set = <K extends keyof ChallengeFormValues>(name: K, value: ChallengeFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const problem = (field: ChallengeField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = validateChallengeForm(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    setSaveError(undefined);
    try {
      await (challenge ? updateChallenge(challenge.id, checked.input) : createChallenge(checked.input));
      void navigate('/studio/challenges');
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <div className={styles.row}>
        <Field label={t('challenges.editor.nameFr')} required validationMessage={problem('nameFr')}>
          <Input lang="fr" value={values.nameFr} onChange={(_, data) => set('nameFr', data.value)} />
        </Field>
        <Field label={t('challenges.editor.nameEn')} required validationMessage={problem('nameEn')}>
          <Input lang="en" value={values.nameEn} onChange={(_, data) => set('nameEn', data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('challenges.editor.descriptionFr')}>
          <Textarea
            lang="fr"
            value={values.descriptionFr}
            onChange={(_, data) => set('descriptionFr', data.value)}
          />
        </Field>
        <Field label={t('challenges.editor.descriptionEn')}>
          <Textarea
            lang="en"
            value={values.descriptionEn}
            onChange={(_, data) => set('descriptionEn', data.value)}
          />
        </Field>
      </div>
      <FieldGroup legend={t('challenges.editor.period')}>
        <div className={styles.row}>
          <Field label={t('challenges.editor.startsAt')} required validationMessage={problem('startsAt')}>
            <Input
              type="datetime-local"
              value={values.startsAt}
              onChange={(_, data) => set('startsAt', data.value)}
            />
          </Field>
          <Field label={t('challenges.editor.endsAt')} required validationMessage={problem('endsAt')}>
            <Input
              type="datetime-local"
              value={values.endsAt}
              onChange={(_, data) => set('endsAt', data.value)}
            />
          </Field>
        </div>
      </FieldGroup>
      <FieldGroup legend={t('challenges.editor.goal')}>
        <div className={styles.row}>
          <Field label={t('challenges.editor.goalKind')}>
            <Select
              value={values.goalKind}
              onChange={(_, data) => set('goalKind', data.value as ChallengeFormValues['goalKind'])}
            >
              {challengeGoalKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`challenges.goals.${kind}`, { target: 'N' })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('challenges.editor.target')} required validationMessage={problem('target')}>
            <Input
              inputMode="numeric"
              value={values.target}
              onChange={(_, data) => set('target', data.value)}
            />
          </Field>
        </div>
        {values.goalKind === 'shares' && (
          <Field label={t('challenges.editor.campaign')}>
            <Select value={values.campaignId} onChange={(_, data) => set('campaignId', data.value)}>
              <option value="">{t('challenges.editor.anyCampaign')}</option>
              {campaigns.items
                .filter((campaign) => campaign.status !== 'archived')
                .map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {localized(campaign.name, locale)}
                  </option>
                ))}
            </Select>
          </Field>
        )}
      </FieldGroup>
      <FieldGroup legend={t('challenges.editor.audience')} hint={t('challenges.editor.audienceHint')}>
        {organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={localized(group.name, locale)}
            checked={values.groupIds.includes(group.id)}
            onChange={(_, data) => set('groupIds', toggle(values.groupIds, group.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('challenges.editor.brands')} hint={t('challenges.editor.audienceHint')}>
        {organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={values.brandIds.includes(brand.id)}
            onChange={(_, data) => set('brandIds', toggle(values.brandIds, brand.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      {saveError !== undefined && <ErrorState error={saveError} title={t('challenges.editor.saveFailed')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>
          {challenge ? t('challenges.editor.save') : t('challenges.editor.create')}
        </SubmitButton>
        <RouterLink to="/studio/challenges">{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('challenges.editor.saving')}</span>}
      </div>
    </form>
  );
}
