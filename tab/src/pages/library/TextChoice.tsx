import { Field, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import type { SuggestedText } from './shareTexts';

const useStyles = makeStyles({
  choice: { alignItems: 'flex-start' },
  // Two lines are enough to tell the texts apart; the whole text is in the editor below, and in the label for
  // screen readers, which read past the clamp. On an inner element: the label's padding would show a third line.
  excerpt: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
});

interface TextChoiceProps {
  choices: readonly SuggestedText[];
  /** The position in `choices` of the text the person starts from. */
  chosen: number;
  language: Locale;
  onChoose: (position: number) => void;
}

/** The suggested texts of one network and language, to pick the one to start from. */
export function TextChoice({ choices, chosen, language, onChoose }: TextChoiceProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Field label={t('share.startFrom')} hint={t('share.startFromHint')}>
      <RadioGroup value={String(chosen)} onChange={(_, data) => onChoose(Number(data.value))}>
        {choices.map((choice, position) => (
          <Radio
            key={choice.text}
            value={String(position)}
            className={styles.choice}
            label={{ children: <span className={styles.excerpt}>{choice.text}</span>, lang: language }}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
