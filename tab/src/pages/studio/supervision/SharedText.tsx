import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TextChanges } from '../../../ui/textChanges/TextChanges';
import { ownWordsShare, textDiff } from '../../../ui/textChanges/textDiff';

/** Past this share of own words, marks inside the text would hide it: the two texts are shown side by side. */
const REWRITTEN = 0.5;

const useStyles = makeStyles({
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400 },
  sideBySide: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
  },
  label: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  suggested: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The shared text against the approved one: a light edit is marked in place (additions, removals); a rewrite
 * in the ambassador's own words is shown beside the approved text, which reads better than a page of marks.
 */
export function SharedText({ text, suggested }: { text: string; suggested?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (suggested === undefined) {
    return (
      <>
        <p className={styles.label}>{t('supervision.noSuggested')}</p>
        <p className={styles.text}>{text}</p>
      </>
    );
  }
  const parts = textDiff(suggested, text);
  const own = ownWordsShare(parts);
  const percent = Math.round(own * 100);
  if (own > REWRITTEN) {
    return (
      <div className={styles.sideBySide}>
        <div>
          <p className={styles.label}>{t('supervision.posted', { percent })}</p>
          <p className={styles.text}>{text}</p>
        </div>
        <div>
          <p className={styles.label}>{t('supervision.approved')}</p>
          <blockquote className={mergeClasses(styles.text, styles.suggested)}>{suggested}</blockquote>
        </div>
      </div>
    );
  }
  return (
    <>
      <p className={styles.label}>{t('supervision.diffLegend', { percent })}</p>
      <TextChanges parts={parts} />
    </>
  );
}
