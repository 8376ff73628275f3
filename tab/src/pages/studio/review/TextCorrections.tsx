import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardrailRule } from '@contract/content-policy';
import type { StudioItem } from '@contract/content';
import { networkNames } from '@contract/network';
import { checkDraftText, rulesFor } from '../content/contentFormModel';
import { GuardrailFeedback } from '../GuardrailFeedback';

type ItemText = StudioItem['texts'][number];

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export const slotOf = (text: Pick<ItemText, 'network' | 'language'>) => `${text.network}:${text.language}`;

interface TextCorrectionsProps {
  texts: readonly ItemText[];
  rules: readonly GuardrailRule[];
  /** The reviewer's versions, by network and language; a text absent here is left as the author wrote it. */
  corrections: Readonly<Record<string, string>>;
  onChange: (slot: string, text: string) => void;
}

/** Before approving, the reviewer corrects a typo or a word; the author will see what changed. */
export function TextCorrections({ texts, rules, corrections, onChange }: TextCorrectionsProps) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {texts.map((text) => (
        <CorrectedText
          key={slotOf(text)}
          text={text}
          rules={rules}
          value={corrections[slotOf(text)] ?? text.text}
          onChange={(value) => onChange(slotOf(text), value)}
        />
      ))}
    </div>
  );
}

function CorrectedText({
  text,
  rules,
  value,
  onChange,
}: {
  text: ItemText;
  rules: readonly GuardrailRule[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const feedbackId = useId();
  const checked = checkDraftText({ key: slotOf(text), ...text, text: value }, rules);
  const label = t('contentStudio.details.textTitle', {
    network: networkNames[text.network],
    language: t(`languages.${text.language}`),
  });
  return (
    <div>
      <Field label={label} validationState={checked.issues.length > 0 ? 'error' : 'none'}>
        <Textarea
          value={value}
          lang={text.language}
          rows={4}
          resize="vertical"
          aria-describedby={feedbackId}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
      <GuardrailFeedback
        id={feedbackId}
        checked={checked}
        rules={rulesFor(rules, text.network, text.language)}
        network={text.network}
      />
    </div>
  );
}
