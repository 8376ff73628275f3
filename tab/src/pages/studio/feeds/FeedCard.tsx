import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feed, FeedList, FeedPollOutcome } from '@contract/feeds';
import { deleteFeed, pollFeed } from '../../../api/feeds';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorState } from '../../../ui/ErrorState';
import { problemText } from '../../../ui/problemText';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  url: { margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  paragraph: { margin: 0 },
  failed: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** One feed: where it comes from, where its entries go, how its last check went; check now or remove. */
export function FeedCard({
  feed,
  campaigns,
  onPolled,
  onRemoved,
}: {
  feed: Feed;
  campaigns: FeedList['campaigns'];
  onPolled: (feed: Feed) => void;
  onRemoved: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [polling, setPolling] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<unknown>();
  const name = feed.title ?? feed.url;
  const campaign = campaigns.find((candidate) => candidate.id === feed.campaignId);

  async function poll() {
    setPolling(true);
    setError(undefined);
    try {
      onPolled({ ...feed, lastPoll: await pollFeed(feed.id) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPolling(false);
    }
  }

  async function remove() {
    setRemoving(true);
    setError(undefined);
    try {
      await deleteFeed(feed.id);
      setConfirming(false);
      onRemoved();
    } catch (caught) {
      setError(caught);
      setRemoving(false);
    }
  }

  return (
    <article className={styles.card} aria-label={name}>
      <h2 className={styles.title}>{name}</h2>
      {feed.title && <p className={styles.url}>{feed.url}</p>}
      <Text as="p" className={styles.paragraph}>
        {t('feeds.campaign', { name: campaign ? localized(campaign.name, locale) : feed.campaignId })} ·{' '}
        {t(`languages.${feed.language}`)}
      </Text>
      <div role="status">
        <LastPoll outcome={feed.lastPoll} timeZone={me.timeZone} />
      </div>
      {error !== undefined && <ErrorState error={error} />}
      <div className={styles.actions}>
        <Button
          icon={polling ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabledFocusable={polling}
          aria-label={t('feeds.pollLabel', { name })}
          onClick={() => void poll()}
        >
          {polling ? t('feeds.polling') : t('feeds.poll')}
        </Button>
        <Button aria-label={t('feeds.removeLabel', { name })} onClick={() => setConfirming(true)}>
          {t('feeds.remove')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        busy={removing}
        title={t('feeds.removeTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button disabled={removing} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={removing}
              icon={removing ? <Spinner size="tiny" /> : undefined}
              onClick={() => void remove()}
            >
              {t('feeds.removeConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('feeds.removeText')}
        </Text>
      </ConfirmDialog>
    </article>
  );
}

function LastPoll({ outcome, timeZone }: { outcome: FeedPollOutcome | undefined; timeZone: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!outcome) return <p className={styles.paragraph}>{t('feeds.never')}</p>;
  const date = formatDateTime(outcome.at, currentLocale(), timeZone) ?? outcome.at;
  return outcome.status === 'ok' ? (
    <p className={styles.paragraph}>{t('feeds.lastOk', { date, count: outcome.imported })}</p>
  ) : (
    <p className={styles.failed}>
      {t('feeds.lastError', {
        date,
        // Outcomes kept before feeds had codes hold English: those say only that the feed could not be read.
        message: problemText(t, { code: outcome.code ?? 'feed.unreadable', params: outcome.params }),
      })}
    </p>
  );
}
