import { Button, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardrailRule } from '@contract/content-policy';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import { networkNames } from '@contract/network';
import { FieldGroup } from '../../../ui/FieldGroup';
import { PostPreview } from '../../../ui/postPreview/PostPreview';
import type { PostPreviewProps } from '../../../ui/postPreview/PostPreview';
import { GuardrailFeedback } from '../GuardrailFeedback';
import { checkDraftText, rulesFor } from './contentFormModel';
import type { TextDraft } from './contentFormModel';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))',
  },
  remove: { alignSelf: 'flex-start' },
  sideBySide: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
    alignItems: 'start',
  },
  editing: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

interface TextDraftEditorProps {
  index: number;
  draft: TextDraft;
  rules: readonly GuardrailRule[];
  /** What the text recommends, for the post's preview. */
  article: PostPreviewProps['article'];
  onChange: (draft: TextDraft) => void;
  onRemove?: () => void;
}

/** One suggested text: its network and language, the text, and live what the guardrails say of it. */
export function TextDraftEditor({ index, draft, rules, article, onChange, onRemove }: TextDraftEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const feedbackId = useId();
  const number = index + 1;
  const checked = checkDraftText(draft, rules);
  const blocking = draft.text.trim() !== '' && checked.issues.length > 0;

  return (
    <div className={styles.root}>
      <FieldGroup legend={t('contentStudio.editor.textLegend', { index: number })}>
        <div className={styles.row}>
          <Field label={t('contentStudio.editor.network', { index: number })}>
            <Select
              value={draft.network}
              onChange={(_, data) => onChange({ ...draft, network: data.value as Network })}
            >
              {networks.map((network) => (
                <option key={network} value={network}>
                  {networkNames[network]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('contentStudio.editor.language', { index: number })}>
            <Select
              value={draft.language}
              onChange={(_, data) => onChange({ ...draft, language: data.value as Locale })}
            >
              {locales.map((language) => (
                <option key={language} value={language}>
                  {t(`languages.${language}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.sideBySide}>
          <div className={styles.editing}>
            <Field
              label={t('contentStudio.editor.text', { index: number })}
              validationState={blocking ? 'error' : 'none'}
            >
              <Textarea
                value={draft.text}
                lang={draft.language}
                rows={5}
                resize="vertical"
                aria-describedby={feedbackId}
                onChange={(_, data) => onChange({ ...draft, text: data.value })}
              />
            </Field>
            <GuardrailFeedback
              id={feedbackId}
              checked={checked}
              rules={rulesFor(rules, draft.network, draft.language)}
              network={draft.network}
            />
          </div>
          <PostPreview
            network={draft.network}
            text={checked.finalText}
            language={draft.language}
            authorName={t('postPreview.anAmbassador')}
            article={article}
          />
        </div>
        {onRemove && (
          <Button className={styles.remove} icon={<DeleteRegular />} onClick={onRemove}>
            {t('contentStudio.editor.removeText', { index: number })}
          </Button>
        )}
      </FieldGroup>
    </div>
  );
}
