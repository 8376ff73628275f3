import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LibraryItemSummary } from '@contract/library';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../session/sessionContext';
import { LabelBadge } from '../../ui/LabelBadge';
import { PreviewImage } from '../../ui/PreviewImage';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    boxSizing: 'border-box',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    ':hover': { boxShadow: tokens.shadow8 },
    // The whole card follows its title link; the link's own outline shows keyboard focus.
    ':focus-within': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  image: {
    display: 'block',
    width: '100%',
    aspectRatio: '1.91 / 1',
    objectFit: 'cover',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    flexGrow: 1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outlineStyle: 'none' },
    '::after': { content: '""', position: 'absolute', inset: 0 },
  },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // A leader's example is the point of the line: it stands out from the card's other facts.
  leader: {
    margin: 0,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  networks: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginTop: 'auto',
    paddingTop: tokens.spacingVerticalXS,
  },
});

/** One item of the library: its preview, title (the link to share it), campaign, networks and expiry. */
export function LibraryCard({ item, brandName }: { item: LibraryItemSummary; brandName?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const until = item.expiresAt ? formatDate(item.expiresAt, locale, me.timeZone) : undefined;
  const [leader, ...others] = item.sharedByLeaders ?? [];
  const otherLeaders = others.length;

  return (
    <article className={styles.root}>
      {item.preview.imageUrl && <PreviewImage src={item.preview.imageUrl} lazy className={styles.image} />}
      <div className={styles.body}>
        <h2 className={styles.title}>
          <RouterLink to={`/library/${encodeURIComponent(item.id)}`} className={styles.link}>
            {localized(item.title, locale)}
          </RouterLink>
        </h2>
        <p className={styles.meta}>
          {localized(item.campaign.name, locale)}
          {brandName && ` · ${brandName}`}
        </p>
        {item.proposedBy && (
          <p className={styles.meta}>{t('library.proposedBy', { name: item.proposedBy.displayName })}</p>
        )}
        {leader && (
          <p className={styles.leader}>
            {t('library.sharedByLeader', { name: leader.displayName, title: leader.title })}
            {otherLeaders > 0 && ` ${t('library.moreLeaders', { count: otherLeaders })}`}
          </p>
        )}
        {until && <p className={styles.meta}>{t('library.until', { date: until })}</p>}
        <ul className={styles.networks} aria-label={t('library.networks')}>
          {item.networks.map((network) => (
            <li key={network}>
              <LabelBadge color="informative">{networkNames[network]}</LabelBadge>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
