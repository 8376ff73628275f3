import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import { localized } from '../i18n/localized';
import { PreviewImage } from './PreviewImage';

const useStyles = makeStyles({
  preview: {
    margin: 0,
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  image: { display: 'block', width: '100%', aspectRatio: '1.91 / 1', objectFit: 'cover' },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  description: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

interface LinkPreview {
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  imageUrl?: string;
}

/** What a network shows for the item's link: its Open Graph preview (image, title, description). */
export function LinkPreviewCard({ preview, locale }: { preview: LinkPreview; locale: Locale }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <figure className={styles.preview} aria-label={t('item.preview')}>
      {preview.imageUrl && <PreviewImage src={preview.imageUrl} className={styles.image} />}
      <figcaption className={styles.text}>
        <span className={styles.title}>{localized(preview.title, locale)}</span>
        <span className={styles.description}>{localized(preview.description, locale)}</span>
      </figcaption>
    </figure>
  );
}
