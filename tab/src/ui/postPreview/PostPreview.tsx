import { Avatar, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ImageRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { networkNames } from '@contract/network';
import { PreviewImage } from '../PreviewImage';
import { highlightParts, postLayout, siteOf } from './postLayout';

const useStyles = makeStyles({
  root: {
    margin: 0,
    maxWidth: '552px',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  caption: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  author: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: {
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  highlighted: { color: tokens.colorBrandForegroundLink },
  more: { color: tokens.colorNeutralForeground3 },
  card: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  picture: {
    display: 'block',
    width: '100%',
    objectFit: 'cover',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  upright: { maxWidth: '240px', marginInline: 'auto' },
  noPicture: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  cardText: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  site: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  siteFirst: { textTransform: 'uppercase' },
  captionText: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

export interface PostPreviewProps {
  network: Network;
  /** The text as it will go out (with the disclosure), in `language`. */
  text: string;
  language: Locale;
  authorName: string;
  /** The article the post recommends: its Open Graph preview and its address. */
  article: { title: string; url: string; imageUrl?: string };
}

/**
 * The tab is served by the service that answers tracked links; each person's code exists only once they
 * share, so the preview shows where it will sit.
 */
const TRACKED_LINK_EXAMPLE = `${window.location.origin}/r/…`;

/**
 * The post drawn the way the chosen network shows it, updated as the person types: what their readers see
 * before "see more", where the link goes, the picture's shape. A sketch, not the network's pixels.
 */
export function PostPreview({ network, text, language, authorName, article }: PostPreviewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const layout = postLayout(network, text, TRACKED_LINK_EXAMPLE);
  const site = siteOf(article.url);
  const label = t('postPreview.label', { network: networkNames[network] });

  const body = (
    <>
      {highlightParts(layout.visibleText).map((part, index) =>
        part.kind === 'plain' ? (
          part.text
        ) : (
          <span key={index} className={styles.highlighted}>
            {part.text}
          </span>
        ),
      )}
      {layout.folded && <span className={styles.more}>{t('postPreview.seeMore')}</span>}
      {layout.linkInText && (
        <>
          {network === 'x' ? ' ' : '\n'}
          <span className={styles.highlighted}>{layout.linkInText}</span>
        </>
      )}
    </>
  );

  const picture = article.imageUrl ? (
    <PreviewImage
      src={article.imageUrl}
      className={mergeClasses(styles.picture, network === 'tiktok' && styles.upright)}
      style={{ aspectRatio: layout.pictureRatio }}
    />
  ) : (
    layout.shape === 'picture-and-caption' && (
      // These networks post nothing without a picture: say so where it would be.
      <div className={styles.noPicture}>
        <ImageRegular fontSize={32} aria-hidden />
        <span>{t('postPreview.needsPicture', { network: networkNames[network] })}</span>
      </div>
    )
  );
  const hasCard = Boolean(article.imageUrl || article.title || site);

  return (
    <figure className={styles.root} aria-label={label}>
      <figcaption className={styles.caption}>{label}</figcaption>
      <div className={styles.author}>
        <Avatar name={authorName} size={40} aria-hidden />
        <div className={styles.name}>
          <span className={styles.strong}>{authorName}</span>
          <span className={styles.when}>{t('postPreview.now')}</span>
        </div>
      </div>
      {layout.shape === 'text-and-card' ? (
        <>
          <p className={styles.text} lang={language}>
            {body}
          </p>
          {hasCard && (
            <div className={styles.card}>
              {picture}
              <div className={styles.cardText}>
                {network === 'facebook' && (
                  <span className={mergeClasses(styles.site, styles.siteFirst)}>{site}</span>
                )}
                <span className={styles.strong} lang={language}>
                  {article.title}
                </span>
                {network !== 'facebook' && <span className={styles.site}>{site}</span>}
              </div>
            </div>
          )}
        </>
      ) : (
        <>
          {picture}
          <p className={styles.captionText} lang={language}>
            <span className={styles.strong}>{authorName}</span> {body}
          </p>
        </>
      )}
    </figure>
  );
}
