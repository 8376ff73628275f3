import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, LinkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../session/sessionContext';
import { useNavigate } from 'react-router';
import type { ContentInput, StudioItem } from '@contract/content';
import { networkNames } from '@contract/network';
import { createContent, previewLink, submitContent, updateContent } from '../../../api/studioContent';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { describeError } from '../../../ui/describeError';
import { problemText } from '../../../ui/problemText';
import { DateTimeField } from '../../../ui/DateTimeField';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { Panel } from '../../../ui/Panel';
import { audienceNames } from '../audienceNames';
import { ContentHistory } from '../ContentHistory';
import { MediaUpload } from '../MediaUpload';
import { articleOf, contentFormFrom, newContentForm, textKey, validateContentForm } from './contentFormModel';
import type { ContentField, ContentFormValues, ContentProblem, TextDraft } from './contentFormModel';
import type { EditorData } from './ContentEditorPage';
import { TextDraftEditor } from './TextDraftEditor';

const MAX_MEDIA = 10;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '760px' },
  // French beside English, two by two: never a third field in a row, which would pair a title with a
  // description.
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
  },
  inline: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  texts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  targeting: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const problemKeys = {
  required: 'contentStudio.editor.errors.required',
  url: 'contentStudio.editor.errors.url',
  noText: 'contentStudio.editor.errors.noText',
  hashtags: 'contentStudio.editor.errors.hashtags',
  date: 'contentStudio.editor.errors.date',
  expiry: 'contentStudio.editor.errors.expiry',
  guardrails: 'contentStudio.editor.errors.guardrails',
} as const satisfies Record<ContentProblem, string>;

/** What the page says after saving or submitting. */
export interface Notice {
  intent: 'success' | 'warning';
  title: string;
  text?: string;
}

interface ContentFormProps {
  data: EditorData;
  item: StudioItem | undefined;
  initialCampaignId: string | undefined;
  onSaved: (item: StudioItem, notice: Notice) => void;
}

/** Title, link and its preview, media, suggested texts with live guardrails, dates; save or submit. */
export function ContentForm({ data, item, initialCampaignId, onSaved }: ContentFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const locale = currentLocale();
  const rules = data.policy.guardrails;
  // Content goes into campaigns still to come or running.
  const campaigns = data.campaigns.filter(
    (campaign) => campaign.status !== 'ended' && campaign.status !== 'archived',
  );
  const [values, setValues] = useState<ContentFormValues>(() =>
    item
      ? contentFormFrom(item, me.timeZone)
      : newContentForm(
          campaigns.some((c) => c.id === initialCampaignId) ? (initialCampaignId ?? '') : '',
          locale,
        ),
  );
  const [problems, setProblems] = useState<Partial<Record<ContentField, ContentProblem>>>({});
  const [busy, setBusy] = useState<'saving' | 'submitting' | 'preview'>();
  const [error, setError] = useState<unknown>();
  const [previewNotice, setPreviewNotice] = useState<{ ok: boolean; text: string }>();
  const set = <K extends keyof ContentFormValues>(name: K, value: ContentFormValues[K]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const setText = (index: number, draft: TextDraft) =>
    setValues((current) => ({
      ...current,
      texts: current.texts.map((text, i) => (i === index ? draft : text)),
    }));
  const problem = (field: ContentField) => {
    const found = problems[field];
    return found ? t(problemKeys[found]) : undefined;
  };
  const campaign = data.campaigns.find((candidate) => candidate.id === values.campaignId);

  if (campaigns.length === 0 && !item) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('contentStudio.editor.noCampaigns')}</MessageBarBody>
      </MessageBar>
    );
  }

  async function fillPreview() {
    setBusy('preview');
    setPreviewNotice(undefined);
    try {
      const preview = await previewLink(values.url.trim());
      setValues((current) => ({
        ...current,
        previewTitleFr: preview.title ?? current.previewTitleFr,
        previewTitleEn: preview.title ?? current.previewTitleEn,
        previewDescriptionFr: preview.description ?? current.previewDescriptionFr,
        previewDescriptionEn: preview.description ?? current.previewDescriptionEn,
        previewImageUrl: preview.imageUrl ?? current.previewImageUrl,
      }));
      setPreviewNotice({ ok: true, text: t('contentStudio.editor.previewFilled') });
    } catch (failure) {
      const { reason } = describeError(failure);
      setPreviewNotice({
        ok: false,
        text: reason ? problemText(t, reason) : t('contentStudio.editor.previewFailed'),
      });
    } finally {
      setBusy(undefined);
    }
  }

  /** Submits, and says which texts got the mandatory disclosure. */
  async function submit(itemId: string, input: ContentInput): Promise<{ item: StudioItem; notice: Notice }> {
    const result = await submitContent(itemId, input);
    const added = result.disclosureAddedTo.flatMap((index) => {
      const text = result.item.texts[index];
      return text ? [`${networkNames[text.network]} (${t(`languages.${text.language}`)})`] : [];
    });
    return {
      item: result.item,
      notice: {
        intent: 'success',
        title: t('contentStudio.editor.submitted'),
        ...(added.length > 0
          ? { text: t('contentStudio.editor.disclosureAdded', { texts: added.join(', ') }) }
          : {}),
      },
    };
  }

  async function save(forSubmission: boolean) {
    const checked = validateContentForm(values, { forSubmission, rules }, me.timeZone);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setError(undefined);
    setBusy(forSubmission ? 'submitting' : 'saving');
    try {
      if (!item) {
        // A new item gets its own address; the page there reads it back and shows this notice.
        const created = await createContent(checked.input);
        const notice: Notice = forSubmission
          ? await submit(created.id, checked.input).then(
              (result) => result.notice,
              (failure: unknown) => {
                const { reason } = describeError(failure);
                return {
                  intent: 'warning' as const,
                  title: t('contentStudio.editor.savedNotSubmitted'),
                  ...(reason ? { text: problemText(t, reason) } : {}),
                };
              },
            )
          : { intent: 'success', title: t('contentStudio.editor.saved') };
        void navigate(`/studio/content/${encodeURIComponent(created.id)}`, {
          replace: true,
          state: { notice },
        });
        return;
      }
      if (forSubmission) {
        const result = await submit(item.id, checked.input);
        onSaved(result.item, result.notice);
      } else {
        onSaved(await updateContent(item.id, checked.input), {
          intent: 'success',
          title: t('contentStudio.editor.saved'),
        });
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  }

  const audience = campaign
    ? audienceNames(campaign.audience, data.organisation, locale, (language) => t(`languages.${language}`))
    : [];

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(true);
      }}
    >
      <Field label={t('contentStudio.editor.campaign')} required validationMessage={problem('campaignId')}>
        <Select value={values.campaignId} onChange={(_, d) => set('campaignId', d.value)}>
          <option value="">{t('contentStudio.editor.chooseCampaign')}</option>
          {campaigns.map((option) => (
            <option key={option.id} value={option.id}>
              {localized(option.name, locale)}
            </option>
          ))}
        </Select>
      </Field>
      {campaign && (
        <p className={styles.targeting}>
          {t('contentStudio.editor.targeting', {
            audience: audience.length > 0 ? audience.join(', ') : t('contentStudio.editor.everyone'),
          })}
        </p>
      )}
      <div className={styles.row}>
        <Field label={t('contentStudio.editor.titleFr')} required validationMessage={problem('titleFr')}>
          <Input lang="fr" value={values.titleFr} onChange={(_, d) => set('titleFr', d.value)} />
        </Field>
        <Field label={t('contentStudio.editor.titleEn')} required validationMessage={problem('titleEn')}>
          <Input lang="en" value={values.titleEn} onChange={(_, d) => set('titleEn', d.value)} />
        </Field>
      </div>

      <FieldGroup legend={t('contentStudio.editor.linkAndPreview')}>
        <Field
          label={t('contentStudio.editor.url')}
          hint={t('contentStudio.editor.urlHint')}
          required
          validationMessage={problem('url')}
        >
          <Input type="url" value={values.url} onChange={(_, d) => set('url', d.value)} />
        </Field>
        <div className={styles.inline}>
          <Button
            icon={busy === 'preview' ? <Spinner size="tiny" /> : <LinkRegular />}
            disabledFocusable={busy !== undefined || !values.url.trim()}
            onClick={() => void fillPreview()}
          >
            {t('contentStudio.editor.fetchPreview')}
          </Button>
          <span role="status">
            {busy === 'preview' ? t('contentStudio.editor.fetchingPreview') : (previewNotice?.text ?? '')}
          </span>
        </div>
        <div className={styles.row}>
          <Field label={t('contentStudio.editor.previewTitleFr')}>
            <Input
              lang="fr"
              value={values.previewTitleFr}
              onChange={(_, d) => set('previewTitleFr', d.value)}
            />
          </Field>
          <Field label={t('contentStudio.editor.previewTitleEn')}>
            <Input
              lang="en"
              value={values.previewTitleEn}
              onChange={(_, d) => set('previewTitleEn', d.value)}
            />
          </Field>
          <Field label={t('contentStudio.editor.previewDescriptionFr')}>
            <Textarea
              lang="fr"
              value={values.previewDescriptionFr}
              onChange={(_, d) => set('previewDescriptionFr', d.value)}
            />
          </Field>
          <Field label={t('contentStudio.editor.previewDescriptionEn')}>
            <Textarea
              lang="en"
              value={values.previewDescriptionEn}
              onChange={(_, d) => set('previewDescriptionEn', d.value)}
            />
          </Field>
        </div>
        <Field
          label={t('contentStudio.editor.previewImage')}
          hint={t('contentStudio.editor.previewImageHint')}
        >
          <Input value={values.previewImageUrl} onChange={(_, d) => set('previewImageUrl', d.value)} />
        </Field>
      </FieldGroup>

      <MediaUpload media={values.media} max={MAX_MEDIA} onChange={(media) => set('media', media)} />

      <FieldGroup
        legend={t('contentStudio.editor.texts')}
        hint={t('contentStudio.editor.textsHint')}
        error={problem('texts')}
      >
        <div className={styles.texts}>
          {values.texts.map((draft, index) => (
            <TextDraftEditor
              key={draft.key}
              index={index}
              draft={draft}
              rules={rules}
              article={articleOf(values, draft.language)}
              onChange={(changed) => setText(index, changed)}
              {...(values.texts.length > 1
                ? {
                    onRemove: () =>
                      set(
                        'texts',
                        values.texts.filter((text) => text.key !== draft.key),
                      ),
                  }
                : {})}
            />
          ))}
        </div>
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() =>
              set('texts', [...values.texts, { key: textKey(), network: 'x', language: locale, text: '' }])
            }
          >
            {t('contentStudio.editor.addText')}
          </Button>
        </div>
      </FieldGroup>

      <Field
        label={t('contentStudio.editor.hashtags')}
        hint={t('contentStudio.editor.hashtagsHint')}
        validationMessage={problem('hashtags')}
      >
        <Input value={values.hashtags} onChange={(_, d) => set('hashtags', d.value)} />
      </Field>
      <div className={styles.row}>
        <DateTimeField
          label={t('contentStudio.editor.publishAt')}
          hint={t('contentStudio.editor.publishAtHint')}
          value={values.publishAt}
          onChange={(value) => set('publishAt', value)}
          validationMessage={problem('publishAt')}
        />
        <DateTimeField
          label={t('contentStudio.editor.expiresAt')}
          value={values.expiresAt}
          onChange={(value) => set('expiresAt', value)}
          validationMessage={problem('expiresAt')}
        />
      </div>

      {Object.keys(problems).length > 0 && <p role="alert">{t('contentStudio.editor.checkFields')}</p>}
      {error !== undefined && <ErrorState error={error} title={t('contentStudio.editor.saveFailed')} />}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy !== undefined}
          icon={busy === 'submitting' ? <Spinner size="tiny" /> : undefined}
        >
          {t('contentStudio.editor.submit')}
        </Button>
        <Button
          disabledFocusable={busy !== undefined}
          icon={busy === 'saving' ? <Spinner size="tiny" /> : undefined}
          onClick={() => void save(false)}
        >
          {t('contentStudio.editor.saveDraft')}
        </Button>
        {(busy === 'saving' || busy === 'submitting') && (
          <span role="status">
            {busy === 'saving' ? t('contentStudio.editor.saving') : t('contentStudio.editor.submitting')}
          </span>
        )}
      </div>

      {item && item.history.length > 0 && (
        <Panel title={t('studio.history.title')}>
          <ContentHistory events={item.history} />
        </Panel>
      )}
    </form>
  );
}
