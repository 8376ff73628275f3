import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledPost } from '@contract/scheduled-posts';
import { cancelScheduledPost, scheduledPostsQuery } from '../../api/scheduledPosts';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  post: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    ':last-child': { borderBottomStyle: 'none', paddingBottom: 0 },
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  when: { fontWeight: tokens.fontWeightSemibold },
  text: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    color: tokens.colorNeutralForeground2,
    // A long text stays a preview: the whole is on LinkedIn soon enough.
    display: '-webkit-box',
    WebkitLineClamp: 4,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  paragraph: { margin: 0 },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
});

/** My impact's list of LinkedIn posts to come, each cancellable (after a confirmation) until its time. */
export function ScheduledPosts() {
  const styles = useStyles();
  const { t } = useTranslation();
  const scheduled = useApiQuery(scheduledPostsQuery());
  const [cancelled, setCancelled] = useState<string>();
  const cancelledRef = useRef<HTMLDivElement>(null);

  // The cancelled post's button is gone with it: focus goes to the message saying so.
  useEffect(() => {
    if (cancelled) cancelledRef.current?.focus();
  }, [cancelled]);

  // Nothing to show until there is something scheduled: the page is about what went out.
  if (scheduled.status !== 'done' || (scheduled.value.items.length === 0 && !cancelled)) return null;

  return (
    <Panel title={t('scheduling.list.title')}>
      <p className={styles.intro}>{t('scheduling.list.intro')}</p>
      <div ref={cancelledRef} tabIndex={-1} aria-live="polite" className={styles.focusTarget}>
        {cancelled && (
          <MessageBar intent="success">
            <MessageBarBody>{t('scheduling.list.cancelled', { when: cancelled })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ul className={styles.list}>
        {scheduled.value.items.map((post) => (
          <ScheduledPostEntry key={post.id} post={post} onCancelled={setCancelled} />
        ))}
      </ul>
    </Panel>
  );
}

function ScheduledPostEntry({
  post,
  onCancelled,
}: {
  post: ScheduledPost;
  onCancelled: (when: string) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<unknown>();
  const when = formatDateTime(post.at, locale, me.timeZone) ?? post.at;

  async function cancel() {
    setCancelling(true);
    setError(undefined);
    try {
      await cancelScheduledPost(post.id);
      setConfirming(false);
      onCancelled(when);
    } catch (caught) {
      setError(caught);
    } finally {
      setCancelling(false);
    }
  }

  return (
    <li className={styles.post}>
      <div className={styles.heading}>
        <Text className={styles.when}>
          <time dateTime={post.at}>{t('scheduling.list.at', { when })}</time>
        </Text>
        {post.status === 'posting' ? (
          <Badge appearance="tint" color="informative">
            {t('scheduling.list.posting')}
          </Badge>
        ) : (
          <Button
            size="small"
            aria-label={t('scheduling.list.cancelLabel', { when })}
            onClick={() => setConfirming(true)}
          >
            {t('scheduling.list.cancel')}
          </Button>
        )}
      </div>
      <RouterLink to={`/library/${encodeURIComponent(post.item.id)}`}>
        {localized(post.item.title, locale)}
      </RouterLink>
      <p className={styles.text} lang={post.language}>
        {post.text}
      </p>
      <ConfirmDialog
        open={confirming}
        busy={cancelling}
        title={t('scheduling.list.dialogTitle')}
        onClose={() => {
          setConfirming(false);
          setError(undefined);
        }}
        actions={
          <>
            <Button disabled={cancelling} onClick={() => setConfirming(false)}>
              {t('scheduling.list.keep')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={cancelling}
              icon={cancelling ? <Spinner size="tiny" /> : undefined}
              onClick={() => void cancel()}
            >
              {t('scheduling.list.confirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('scheduling.list.dialogText', { when })}
        </Text>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </li>
  );
}
