import { makeStyles, tokens } from '@fluentui/react-components';
import { useFactListStyles } from '../../../ui/useFactListStyles';
import { useTranslation } from 'react-i18next';
import type { StudioItem } from '@contract/content';
import type { GuardrailRule } from '@contract/content-policy';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { slotKey } from '@contract/text-slot';
import { useSession } from '../../../session/sessionContext';
import { issueKey, issueMessage } from '../../../ui/guardrailIssues';
import { Panel } from '../../../ui/Panel';
import { LinkPreviewCard } from '../../../ui/LinkPreviewCard';
import { ContentHistory } from '../ContentHistory';
import { withTitles } from '../textTitles';
import { checkDraftText } from './contentFormModel';
import { ExternalLink } from '../../../ui/ExternalLink';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  texts: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  textTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: `${tokens.spacingVerticalXXS} 0 0`, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  issues: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  issue: { color: tokens.colorPaletteRedForeground1 },
  media: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  thumbnail: { width: '120px', height: '120px', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium },
});

/**
 * An item as its reviewer and its author read it: preview, link, texts per network and language (with what
 * the guardrails in force say of each, when given), media, and the review history.
 */
export function ContentDetails({ item, rules }: { item: StudioItem; rules?: readonly GuardrailRule[] }) {
  const styles = useStyles();
  const factList = useFactListStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const date = (iso: string | undefined) => (iso ? formatDateTime(iso, locale, me.timeZone) : undefined);
  const publication = date(item.publishedAt) ?? date(item.publishAt);
  const until = date(item.expiresAt);

  return (
    <div className={styles.layout}>
      <div className={styles.column}>
        <LinkPreviewCard preview={item.preview} locale={locale} />
        <dl className={factList.facts}>
          <dt className={styles.muted}>{t('contentStudio.details.link')}</dt>
          <dd className={factList.definition}>
            <ExternalLink href={item.url}>{item.url}</ExternalLink>
          </dd>
          <dt className={styles.muted}>{t('contentStudio.details.campaign')}</dt>
          <dd className={factList.definition}>{localized(item.campaign.name, locale)}</dd>
          <dt className={styles.muted}>
            {item.proposedBy ? t('contentStudio.details.proposedBy') : t('contentStudio.details.author')}
          </dt>
          <dd className={factList.definition}>
            {item.author.displayName || t('studio.history.unknownPerson')}
          </dd>
          {publication && (
            <>
              <dt className={styles.muted}>{t('contentStudio.details.publication')}</dt>
              <dd className={factList.definition}>{publication}</dd>
            </>
          )}
          {until && (
            <>
              <dt className={styles.muted}>{t('contentStudio.details.until')}</dt>
              <dd className={factList.definition}>{until}</dd>
            </>
          )}
          {item.hashtags.length > 0 && (
            <>
              <dt className={styles.muted}>{t('item.hashtags')}</dt>
              <dd className={factList.definition}>{item.hashtags.map((tag) => `#${tag}`).join(' ')}</dd>
            </>
          )}
        </dl>
        {item.media.length > 0 && (
          <Panel title={t('contentStudio.details.media')}>
            <ul className={styles.media}>
              {item.media.map((medium, index) => (
                <li key={medium.id}>
                  {medium.kind === 'image' ? (
                    <img
                      src={medium.url}
                      alt={t('contentStudio.editor.photo', { index: index + 1 })}
                      className={styles.thumbnail}
                    />
                  ) : (
                    <ExternalLink href={medium.url}>
                      {t('contentStudio.editor.video', { index: index + 1 })}
                    </ExternalLink>
                  )}
                </li>
              ))}
            </ul>
          </Panel>
        )}
      </div>
      <div className={styles.column}>
        <Panel title={t('contentStudio.details.texts')}>
          <ul className={styles.texts}>
            {withTitles(item.texts, t).map((text) => {
              const issues = rules ? checkDraftText({ key: '', ...text }, rules).issues : [];
              return (
                <li key={slotKey(text)}>
                  <h3 className={styles.textTitle}>{text.title}</h3>
                  <p className={styles.text} lang={text.language}>
                    {text.text}
                  </p>
                  {issues.length > 0 && (
                    <ul className={styles.issues}>
                      {issues.map((issue) => (
                        <li key={issueKey(issue)} className={styles.issue}>
                          {issueMessage(issue, t, locale)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </Panel>
        <Panel title={t('studio.history.title')}>
          <ContentHistory events={item.history} />
        </Panel>
      </div>
    </div>
  );
}
