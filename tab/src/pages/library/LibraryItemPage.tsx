import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LibraryItem } from '@contract/library';
import type { Network } from '@contract/network';
import { ApiProblem } from '../../api/ApiProblem';
import { libraryItemQuery } from '../../api/library';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncPage } from '../../ui/AsyncPage';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { networkNames } from '@contract/network';
import { useSession } from '../../session/sessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { LinkPreviewCard } from '../../ui/LinkPreviewCard';
import { RouterLink } from '../../ui/RouterLink';
import { siteOf } from '../../ui/postPreview/postLayout';
import { ShareForm } from './ShareForm';
import { ExternalLink } from '../../ui/ExternalLink';

const useStyles = makeStyles({
  article: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalXL,
  },
  preview: { maxWidth: '552px' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});

/** One item of the library, and the flow to share it on a network. */
export function LibraryItemPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation();
  const item = useApiQuery(libraryItemQuery(itemId));

  if (item.status === 'error' && item.error instanceof ApiProblem && item.error.status === 404)
    return <ItemGone />;
  return (
    <AsyncPage
      back={{ to: '/library', label: t('item.backToLibrary') }}
      state={item}
      loadingLabel={t('item.loading')}
    >
      {(value) => <ItemView item={value} />}
    </AsyncPage>
  );
}

/** Expired, withdrawn, or never there: said kindly, with the way back. */
function ItemGone() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('item.gone.title')} />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('item.gone.message')} <RouterLink to="/library">{t('item.backToLibrary')}</RouterLink>
        </MessageBarBody>
      </MessageBar>
    </>
  );
}

function ItemView({ item }: { item: LibraryItem }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [sharedOn, setSharedOn] = useState<readonly Network[]>(item.sharedOn);
  const until = item.expiresAt ? formatDate(item.expiresAt, locale, me.timeZone) : undefined;
  const published = formatDate(item.publishedAt, locale, me.timeZone);

  return (
    <>
      <PageHeading title={localized(item.title, locale)} />
      <div className={styles.article}>
        <div className={styles.preview}>
          <LinkPreviewCard preview={item.preview} locale={locale} />
        </div>
        <div>
          <ExternalLink href={item.url}>{t('item.readOriginal', { site: siteOf(item.url) })}</ExternalLink>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('item.campaign')}</dt>
            <dd className={styles.definition}>{localized(item.campaign.name, locale)}</dd>
            {item.proposedBy && (
              <>
                <dt className={styles.term}>{t('item.proposedBy')}</dt>
                <dd className={styles.definition}>{item.proposedBy.displayName}</dd>
              </>
            )}
            {item.sharedByLeaders && (
              <>
                <dt className={styles.term}>{t('item.sharedByLeaders')}</dt>
                {item.sharedByLeaders.map((leader) => (
                  <dd key={leader.id} className={styles.definition}>
                    {leader.displayName}, {leader.title}
                  </dd>
                ))}
              </>
            )}
            {published && (
              <>
                <dt className={styles.term}>{t('item.published')}</dt>
                <dd className={styles.definition}>{published}</dd>
              </>
            )}
            {until && (
              <>
                <dt className={styles.term}>{t('item.expires')}</dt>
                <dd className={styles.definition}>{t('library.until', { date: until })}</dd>
              </>
            )}
            {item.hashtags.length > 0 && (
              <>
                <dt className={styles.term}>{t('item.hashtags')}</dt>
                <dd className={styles.definition}>
                  {item.hashtags.map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)).join(' ')}
                </dd>
              </>
            )}
            {sharedOn.length > 0 && (
              <>
                <dt className={styles.term}>{t('item.sharedOn')}</dt>
                <dd className={styles.definition}>
                  {sharedOn.map((network) => networkNames[network]).join(', ')}
                </dd>
              </>
            )}
          </dl>
        </div>
      </div>
      <ShareForm
        item={item}
        onShared={(network) =>
          setSharedOn((current) => (current.includes(network) ? current : [...current, network]))
        }
      />
    </>
  );
}
