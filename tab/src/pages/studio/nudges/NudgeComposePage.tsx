import {
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Campaign } from '@contract/campaigns';
import type { StudioItemSummary } from '@contract/content';
import { localeSchema } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { getCampaigns } from '../../../api/campaigns';
import { createNudge } from '../../../api/nudges';
import { getOrganisation } from '../../../api/organisation';
import { getContentPage } from '../../../api/studioContent';
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
import { NudgeCardPreview } from './NudgeCardPreview';
import { newNudgeForm, validateNudgeForm } from './nudgeForm';
import type { NudgeField, NudgeFormValues } from './nudgeForm';

/** The button can lead to one of this many of the latest published items. */
const ITEM_CHOICES = 100;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface ComposeChoices {
  organisation: Organisation;
  campaigns: Campaign[];
  items: StudioItemSummary[];
}

/** Studio: a new nudge (`/studio/nudges/new`), sent now or at a time, with an optional button. */
export function NudgeComposePage() {
  const { t } = useTranslation();
  const load = useCallback(async (signal: AbortSignal): Promise<ComposeChoices> => {
    const [organisation, campaigns, items] = await Promise.all([
      getOrganisation(signal),
      getCampaigns(signal),
      getContentPage({ status: 'published', limit: ITEM_CHOICES }, signal),
    ]);
    return {
      organisation,
      campaigns: campaigns.items.filter((campaign) => ['scheduled', 'live'].includes(campaign.status)),
      items: items.items,
    };
  }, []);
  const choices = useAsync(load);
  return (
    <>
      <PageHeading title={t('nudges.editor.title')} />
      {choices.status === 'loading' && <LoadingState label={t('nudges.loading')} />}
      {choices.status === 'error' && <ErrorState error={choices.error} onRetry={choices.retry} />}
      {choices.status === 'done' && <NudgeForm choices={choices.value} />}
    </>
  );
}

function NudgeForm({ choices }: { choices: ComposeChoices }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [values, setValues] = useState<NudgeFormValues>(() => newNudgeForm(new Date()));
  // Live validation: a field speaks up once it was left (or the form sent), then as the manager types.
  const [touched, setTouched] = useState<ReadonlySet<NudgeField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const checked = validateNudgeForm(values, new Date());
  const problem = (field: NudgeField) => {
    if (checked.ok || (!submitted && !touched.has(field))) return undefined;
    const found = checked.problems[field];
    return found ? t(`nudges.editor.errors.${found}`) : undefined;
  };
  const leave = (field: NudgeField) => () => setTouched((current) => new Set(current).add(field));
  const set = <K extends keyof NudgeFormValues>(name: K, value: NudgeFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await createNudge(checked.input);
      void navigate('/studio/nudges');
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  const targets =
    values.button === 'item'
      ? choices.items.map((item) => ({ id: item.id, label: localized(item.title, locale) }))
      : choices.campaigns.map((campaign) => ({ id: campaign.id, label: localized(campaign.name, locale) }));

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <div className={styles.row}>
        {(['Fr', 'En'] as const).map((language) => (
          <Field
            key={language}
            label={t(`nudges.editor.title${language}`)}
            required
            validationMessage={problem(`title${language}`)}
          >
            <Input
              lang={language.toLowerCase()}
              value={values[`title${language}`]}
              onChange={(_, data) => set(`title${language}`, data.value)}
              onBlur={leave(`title${language}`)}
            />
          </Field>
        ))}
      </div>
      <div className={styles.row}>
        {(['Fr', 'En'] as const).map((language) => (
          <Field
            key={language}
            label={t(`nudges.editor.text${language}`)}
            required
            validationMessage={problem(`text${language}`)}
          >
            <Textarea
              lang={language.toLowerCase()}
              resize="vertical"
              value={values[`text${language}`]}
              onChange={(_, data) => set(`text${language}`, data.value)}
              onBlur={leave(`text${language}`)}
            />
          </Field>
        ))}
      </div>
      <Field label={t('nudges.editor.when')}>
        <RadioGroup
          value={values.when}
          onChange={(_, data) => set('when', data.value as NudgeFormValues['when'])}
        >
          <Radio value="now" label={t('nudges.editor.now')} />
          <Radio value="later" label={t('nudges.editor.later')} />
        </RadioGroup>
      </Field>
      {values.when === 'later' && (
        <Field label={t('nudges.editor.sendAt')} required validationMessage={problem('sendAt')}>
          <Input
            type="datetime-local"
            value={values.sendAt}
            onChange={(_, data) => set('sendAt', data.value)}
            onBlur={leave('sendAt')}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Field label={t('nudges.editor.button')}>
          <Select
            value={values.button}
            onChange={(_, data) =>
              setValues((current) => ({
                ...current,
                button: data.value as NudgeFormValues['button'],
                targetId: '',
              }))
            }
          >
            <option value="none">{t('nudges.editor.buttonNone')}</option>
            <option value="item">{t('nudges.editor.buttonItem')}</option>
            <option value="campaign">{t('nudges.editor.buttonCampaign')}</option>
          </Select>
        </Field>
        {values.button !== 'none' && (
          <Field
            label={t(values.button === 'item' ? 'nudges.editor.item' : 'nudges.editor.campaign')}
            required
            validationMessage={problem('targetId')}
            hint={
              targets.length === 0
                ? t(values.button === 'item' ? 'nudges.editor.noItems' : 'nudges.editor.noCampaigns')
                : undefined
            }
          >
            <Select
              value={values.targetId}
              onChange={(_, data) => set('targetId', data.value)}
              onBlur={leave('targetId')}
            >
              <option value="">{t('nudges.editor.choose')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <FieldGroup legend={t('nudges.editor.groups')} hint={t('nudges.editor.audienceHint')}>
        {choices.organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={`${localized(group.name, locale)} (${t(`groupKinds.${group.kind}`)})`}
            checked={values.groupIds.includes(group.id)}
            onChange={(_, data) => set('groupIds', toggle(values.groupIds, group.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('nudges.editor.brands')} hint={t('nudges.editor.audienceHint')}>
        {choices.organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={values.brandIds.includes(brand.id)}
            onChange={(_, data) => set('brandIds', toggle(values.brandIds, brand.id, data.checked === true))}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('nudges.editor.languages')} hint={t('nudges.editor.audienceHint')}>
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
      <NudgeCardPreview
        title={{ fr: values.titleFr, en: values.titleEn }}
        text={{ fr: values.textFr, en: values.textEn }}
        button={values.button}
      />
      {saveError !== undefined && <ErrorState error={saveError} title={t('nudges.editor.saveFailed')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>
          {t(values.when === 'now' ? 'nudges.editor.submitNow' : 'nudges.editor.submitLater')}
        </SubmitButton>
        <RouterLink to="/studio/nudges">{t('common.cancel')}</RouterLink>
        {saving && <span role="status">{t('nudges.editor.saving')}</span>}
      </div>
    </form>
  );
}
