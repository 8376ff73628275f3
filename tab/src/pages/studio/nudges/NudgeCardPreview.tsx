import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  cards: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  language: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
    overflowWrap: 'anywhere',
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  button: {
    alignSelf: 'flex-start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

interface NudgeCardPreviewProps {
  title: Record<Locale, string>;
  text: Record<Locale, string>;
  button: 'none' | 'item' | 'campaign';
}

/** The card as ambassadors will read it in Teams, in French and in English. */
export function NudgeCardPreview({ title, text, button }: NudgeCardPreviewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t('nudges.editor.preview')}
      </h2>
      <p className={styles.hint}>{t('nudges.editor.previewHint')}</p>
      <div className={styles.cards}>
        {(['fr', 'en'] as const).map((language) => (
          <div key={language} className={styles.card} lang={language}>
            <p className={styles.language}>{t(`languages.${language}`)}</p>
            <p className={styles.title}>{title[language] || '…'}</p>
            <p className={styles.text}>{text[language] || '…'}</p>
            {button !== 'none' && (
              <span className={styles.button}>
                {t(`nudges.editor.previewButton.${button}`, { lng: language })}
              </span>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
