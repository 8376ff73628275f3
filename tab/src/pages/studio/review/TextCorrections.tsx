import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardrailRule } from '@contract/content-policy';
import type { StudioItem } from '@contract/content';
import { slotKey } from '@contract/text-slot';
import { checkDraftText, rulesFor } from '../content/contentFormModel';
import { GuardrailFeedback } from '../GuardrailFeedback';
import { withTitles } from '../textTitles';

type ItemText = StudioItem['texts'][number];

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface TextCorrectionsProps {
  texts: readonly ItemText[];
  rules: readonly GuardrailRule[];
  /** The reviewer's versions, by slot (`slotKey`); a text absent here is left as the author wrote it. */
  corrections: Readonly<Record<string, string>>;
  onChange: (slot: string, text: string) => void;
}

/** Before approving, the reviewer corrects a typo or a word; the author will see what changed. */
export function TextCorrections({ texts, rules, corrections, onChange }: TextCorrectionsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.list}>
      {withTitles(texts, t).map((text) => {
        const slot = slotKey(text);
        return (
          <CorrectedText
            key={slot}
            text={text}
            label={text.title}
            rules={rules}
            value={corrections[slot] ?? text.text}
            onChange={(value) => onChange(slot, value)}
          />
        );
      })}
    </div>
  );
}

function CorrectedText({
  text,
  label,
  rules,
  value,
  onChange,
}: {
  text: ItemText;
  label: string;
  rules: readonly GuardrailRule[];
  value: string;
  onChange: (value: string) => void;
}) {
  const feedbackId = useId();
  const checked = checkDraftText({ key: '', ...text, text: value }, rules);
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
