import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feed, FeedList } from '@contract/feeds';
import { getFeeds } from '../../../api/feeds';
import { useAsync } from '../../../hooks/useAsync';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { AddFeedForm } from './AddFeedForm';
import { FeedCard } from './FeedCard';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** Studio: intranet news feeds whose new entries become drafts. */
export function FeedsPage() {
  const { t } = useTranslation();
  const feeds = useAsync(getFeeds);
  return (
    <>
      <PageHeading title={t('feeds.title')} intro={t('feeds.intro')} />
      {feeds.status === 'loading' && <LoadingState label={t('feeds.loading')} />}
      {feeds.status === 'error' && <ErrorState error={feeds.error} onRetry={feeds.retry} />}
      {feeds.status === 'done' && <FeedsView initial={feeds.value} />}
    </>
  );
}

function FeedsView({ initial }: { initial: FeedList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [feeds, setFeeds] = useState(initial.items);
  const replace = (feed: Feed) =>
    setFeeds((current) => current.map((item) => (item.id === feed.id ? feed : item)));

  return (
    <div className={styles.stack}>
      {feeds.length === 0 ? (
        <EmptyState message={t('feeds.empty')} />
      ) : (
        <ul aria-label={t('feeds.listLabel')} className={styles.list}>
          {feeds.map((feed) => (
            <li key={feed.id}>
              <FeedCard
                feed={feed}
                campaigns={initial.campaigns}
                onPolled={replace}
                onRemoved={() => setFeeds((current) => current.filter((item) => item.id !== feed.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <AddFeedForm
        campaigns={initial.campaigns}
        onAdded={(feed) => setFeeds((current) => [...current, feed])}
      />
    </div>
  );
}
