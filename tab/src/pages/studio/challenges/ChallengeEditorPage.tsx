import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext';
import { useParams } from 'react-router';
import { challengeGoalKinds } from '@contract/challenges';
import type { Challenge } from '@contract/challenges';
import type { CampaignList } from '@contract/campaigns';
import type { Organisation } from '@contract/organisation';
import { campaignsQuery } from '../../../api/campaigns';
import { challengeQuery, createChallenge, updateChallenge } from '../../../api/challenges';
import { organisationQuery } from '../../../api/organisation';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { FieldGroup } from '../../../ui/FieldGroup';
import { AudienceFields } from '../AudienceFields';
import { NameFields } from '../NameFields';
import { PeriodFields } from '../PeriodFields';
import { EditorFooter } from '../EditorFooter';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import { challengeFormFrom, newChallengeForm, validateChallengeForm } from './challengeForm';
import type { ChallengeField, ChallengeFormValues, ChallengeProblem } from './challengeForm';

const problemKeys = {
  required: 'challenges.editor.errors.required',
  date: 'challenges.editor.errors.date',
  period: 'challenges.editor.errors.period',
  target: 'challenges.editor.errors.target',
} as const satisfies Record<ChallengeProblem, string>;

interface Loaded {
  organisation: Organisation;
  campaigns: CampaignList;
  challenge?: Challenge | undefined;
}

/** Studio: creates a challenge (`/studio/challenges/new`) or edits one (`…/:challengeId/edit`). */
export function ChallengeEditorPage() {
  const { challengeId } = useParams();
  const { t } = useTranslation();
  // Fresh: the form starts from the challenge as it is now, and saving sends that version back.
  const loaded = useApiQueries(
    {
      organisation: organisationQuery(),
      campaigns: campaignsQuery(),
      challenge: challengeId ? challengeQuery(challengeId) : undefined,
    },
    { fresh: true },
  );
  return (
    <AsyncPage
      title={challengeId ? t('challenges.editor.editTitle') : t('challenges.editor.newTitle')}
      state={loaded}
      loadingLabel={t('challenges.editor.loading')}
    >
      {(value) => <ChallengeForm {...value} />}
    </AsyncPage>
  );
}

function ChallengeForm({ organisation, campaigns, challenge }: Loaded) {
  const styles = useEditorStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<ChallengeFormValues>(() =>
    challenge ? challengeFormFrom(challenge, me.timeZone) : newChallengeForm(new Date(), me.timeZone),
  );
  const [problems, setProblems] = useState<Partial<Record<ChallengeField, ChallengeProblem>>>({});
  const problem = (field: ChallengeField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = validateChallengeForm(values, me.timeZone);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    await persist(async () => {
      await (challenge ? updateChallenge(challenge.id, checked.input) : createChallenge(checked.input));
      return '/studio/challenges';
    });
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <NameFields
        labels={{ nameFr: t('challenges.editor.nameFr'), nameEn: t('challenges.editor.nameEn') }}
        values={values}
        onChange={set}
        problem={problem}
      />
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
      <PeriodFields
        legend={t('challenges.editor.period')}
        labels={{ startsAt: t('challenges.editor.startsAt'), endsAt: t('challenges.editor.endsAt') }}
        values={values}
        onChange={set}
        problem={problem}
      />
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
      <AudienceFields
        organisation={organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <EditorFooter
        submit={challenge ? t('challenges.editor.save') : t('challenges.editor.create')}
        cancelTo="/studio/challenges"
        saving={saving}
        saveError={saveError}
        saveFailed={t('challenges.editor.saveFailed')}
      />
    </form>
  );
}
