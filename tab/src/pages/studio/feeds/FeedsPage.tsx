import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feed, FeedList } from '@contract/feeds';
import { feedsQuery } from '../../../api/feeds';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { EmptyState } from '../../../ui/EmptyState';
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
  const feeds = useApiQuery(feedsQuery());
  return (
    <AsyncPage
      title={t('feeds.title')}
      intro={t('feeds.intro')}
      state={feeds}
      loadingLabel={t('feeds.loading')}
    >
      {(value) => <FeedsView initial={value} />}
    </AsyncPage>
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
