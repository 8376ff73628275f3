import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Impact } from '@contract/impact';
import { impactQuery } from '../../api/impact';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncPage } from '../../ui/AsyncPage';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { formatMonth, formatNumber } from '../../i18n/formatNumber';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../session/sessionContext';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';
import { barWidth } from './barWidth';
import { ScheduledPosts } from './ScheduledPosts';
import { ProfileCoachingPanel } from './ProfileCoachingPanel';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tiles: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))',
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column-reverse',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  tileLabel: { color: tokens.colorNeutralForeground2 },
  tileValue: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Wide tables scroll on their own in the Teams side panel instead of widening the page.
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '240px' },
  recent: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  recentItem: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  recentMeta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  barCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '120px' },
  bar: {
    height: '8px',
    minWidth: '2px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
    // Forced colours drop backgrounds: the bar keeps a visible edge.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  empty: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * My shares, the clicks they brought and my estimated reach: figures as text, tables for the detail; then the
 * private self-check of my LinkedIn profile, which is what makes those shares carry.
 */
export function ImpactPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const impact = useApiQuery(impactQuery());

  return (
    <AsyncPage
      title={t('impact.title')}
      intro={t('impact.intro')}
      state={impact}
      loadingLabel={t('impact.loading')}
    >
      {(value) => (
        <div className={styles.stack}>
          <ImpactView impact={value} />
          <ProfileCoachingPanel />
        </div>
      )}
    </AsyncPage>
  );
}

function ImpactView({ impact }: { impact: Impact }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const number = (value: number) => formatNumber(value, locale);

  if (impact.totals.shares === 0) {
    return (
      <div className={styles.stack}>
        <ScheduledPosts />
        <div className={styles.empty}>
          <EmptyState message={t('impact.empty')} />
          <RouterLink to="/library" appearance="button">
            {t('impact.openLibrary')}
          </RouterLink>
        </div>
      </div>
    );
  }

  const maxMonthShares = Math.max(...impact.byMonth.map((month) => month.shares));

  return (
    <div className={styles.stack}>
      <section aria-label={t('impact.totals')}>
        <dl className={styles.tiles}>
          {(['shares', 'clicks', 'estimatedReach'] as const).map((figure) => (
            <div key={figure} className={styles.tile}>
              <dt className={styles.tileLabel}>{t(`impact.figures.${figure}`)}</dt>
              <dd className={styles.tileValue}>{number(impact.totals[figure])}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.hint}>{t('impact.reachHint')}</p>
      </section>

      <ScheduledPosts />

      {impact.byNetwork.length > 0 && (
        <Panel title={t('impact.byNetwork')}>
          <div className={styles.scroll} role="region" aria-label={t('impact.byNetwork')} tabIndex={0}>
            <Table className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('impact.columns.network')}</TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.numberHeader }}>
                    {t('impact.figures.shares')}
                  </TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.numberHeader }}>
                    {t('impact.figures.clicks')}
                  </TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.numberHeader }}>
                    {t('impact.figures.estimatedReach')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {impact.byNetwork.map((row) => (
                  <TableRow key={row.network}>
                    <TableCell>{networkNames[row.network]}</TableCell>
                    <TableCell className={styles.number}>{number(row.shares)}</TableCell>
                    <TableCell className={styles.number}>{number(row.clicks)}</TableCell>
                    <TableCell className={styles.number}>{number(row.estimatedReach)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Panel>
      )}

      {impact.byMonth.length > 0 && (
        <Panel title={t('impact.byMonth')}>
          <div className={styles.scroll} role="region" aria-label={t('impact.byMonth')} tabIndex={0}>
            <Table className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('impact.columns.month')}</TableHeaderCell>
                  <TableHeaderCell>{t('impact.figures.shares')}</TableHeaderCell>
                  <TableHeaderCell button={{ className: styles.numberHeader }}>
                    {t('impact.figures.clicks')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {impact.byMonth.map((row) => (
                  <TableRow key={row.month}>
                    <TableCell>{formatMonth(row.month, locale)}</TableCell>
                    <TableCell>
                      <div className={styles.barCell}>
                        <span className={styles.number}>{number(row.shares)}</span>
                        {/* The figure is the information; the bar only helps compare at a glance. */}
                        <span
                          aria-hidden
                          className={styles.bar}
                          style={{ width: `${barWidth(row.shares, maxMonthShares)}%` }}
                        />
                      </div>
                    </TableCell>
                    <TableCell className={styles.number}>{number(row.clicks)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Panel>
      )}

      {impact.recentShares.length > 0 && (
        <Panel title={t('impact.recent')}>
          <ul className={styles.recent}>
            {impact.recentShares.map((share) => (
              <li key={`${share.itemId}:${share.network}:${share.sharedAt}`} className={styles.recentItem}>
                <RouterLink to={`/library/${encodeURIComponent(share.itemId)}`}>
                  {localized(share.title, locale)}
                </RouterLink>
                <span className={styles.recentMeta}>
                  {[
                    networkNames[share.network],
                    formatDate(share.sharedAt, locale, me.timeZone),
                    t('impact.clicks', { count: share.clicks }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <Text as="p" className={styles.hint}>
        {t('impact.privacy')}
      </Text>
    </div>
  );
}
