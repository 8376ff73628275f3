import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from './textDiff';

const useStyles = makeStyles({
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400 },
  // Colour is never the only sign: additions are underlined, removals struck through (also in high contrast).
  mark: { paddingInline: '2px', borderRadius: tokens.borderRadiusSmall },
  added: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline',
  },
  removed: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'line-through',
  },
});

/** A text with what changed marked in place, read out as "added: …" and "removed: …" to screen readers. */
export function TextChanges({ parts, lang }: { parts: readonly DiffPart[]; lang?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <p className={styles.text} lang={lang}>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins
            key={index}
            className={mergeClasses(styles.mark, styles.added)}
            aria-label={t('textChanges.added', { text: part.text })}
          >
            {part.text}
          </ins>
        ) : (
          <del
            key={index}
            className={mergeClasses(styles.mark, styles.removed)}
            aria-label={t('textChanges.removed', { text: part.text })}
          >
            {part.text}
          </del>
        ),
      )}
    </p>
  );
}
