import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext';
import type { Campaign } from '@contract/campaigns';
import type { StudioItemSummary } from '@contract/content';
import type { Organisation } from '@contract/organisation';
import { campaignsQuery } from '../../../api/campaigns';
import { createNudge } from '../../../api/nudges';
import { organisationQuery } from '../../../api/organisation';
import { contentPageQuery } from '../../../api/studioContent';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { DateTimeField } from '../../../ui/DateTimeField';
import { AudienceFields } from '../AudienceFields';
import { EditorFooter } from '../EditorFooter';
import { useEditorStyles } from '../editorStyles';
import { useEditorForm } from '../useEditorForm';
import { NudgeCardPreview } from './NudgeCardPreview';
import { newNudgeForm, validateNudgeForm } from './nudgeForm';
import type { NudgeField, NudgeFormValues } from './nudgeForm';

/** The button can lead to one of this many of the latest published items. */
const ITEM_CHOICES = 100;

interface ComposeChoices {
  organisation: Organisation;
  campaigns: Campaign[];
  items: StudioItemSummary[];
}

/** Studio: a new nudge (`/studio/nudges/new`), sent now or at a time, with an optional button. */
export function NudgeComposePage() {
  const { t } = useTranslation();
  const loaded = useApiQueries({
    organisation: organisationQuery(),
    campaigns: campaignsQuery(),
    items: contentPageQuery({ status: 'published', limit: ITEM_CHOICES }),
  });
  return (
    <AsyncPage title={t('nudges.editor.title')} state={loaded} loadingLabel={t('nudges.loading')}>
      {({ organisation, campaigns, items }) => (
        <NudgeForm
          choices={{
            organisation,
            campaigns: campaigns.items.filter((campaign) => ['scheduled', 'live'].includes(campaign.status)),
            items: items.items,
          }}
        />
      )}
    </AsyncPage>
  );
}

function NudgeForm({ choices }: { choices: ComposeChoices }) {
  const styles = useEditorStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const { values, setValues, set, saving, saveError, persist } = useEditorForm<NudgeFormValues>(() =>
    newNudgeForm(new Date(), me.timeZone),
  );
  // Live validation: a field speaks up once it was left (or the form sent), then as the manager types.
  const [touched, setTouched] = useState<ReadonlySet<NudgeField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const checked = validateNudgeForm(values, new Date(), me.timeZone);
  const problem = (field: NudgeField) => {
    if (checked.ok || (!submitted && !touched.has(field))) return undefined;
    const found = checked.problems[field];
    return found ? t(`nudges.editor.errors.${found}`) : undefined;
  };
  const leave = (field: NudgeField) => () => setTouched((current) => new Set(current).add(field));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.ok) return;
    await persist(async () => {
      await createNudge(checked.input);
      return '/studio/nudges';
    });
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
        <DateTimeField
          label={t('nudges.editor.sendAt')}
          required
          value={values.sendAt}
          onChange={(value) => set('sendAt', value)}
          onBlur={leave('sendAt')}
          validationMessage={problem('sendAt')}
        />
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
      <AudienceFields
        organisation={choices.organisation}
        audience={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <NudgeCardPreview
        title={{ fr: values.titleFr, en: values.titleEn }}
        text={{ fr: values.textFr, en: values.textEn }}
        button={values.button}
      />
      <EditorFooter
        submit={t(values.when === 'now' ? 'nudges.editor.submitNow' : 'nudges.editor.submitLater')}
        cancelTo="/studio/nudges"
        saving={saving}
        saveError={saveError}
        saveFailed={t('nudges.editor.saveFailed')}
      />
    </form>
  );
}
