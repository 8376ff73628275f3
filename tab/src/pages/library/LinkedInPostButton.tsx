import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { linkedInPostUrl } from '@contract/share';
import type { PostedShare } from '@contract/share';
import { ApiProblem } from '../../api/ApiProblem';
import { connectionsQuery } from '../../api/connections';
import { postItem } from '../../api/library';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ErrorState } from '../../ui/ErrorState';
import { RouterLink } from '../../ui/RouterLink';

const useStyles = makeStyles({
  // Under the share buttons, across the whole row.
  outcome: { flexBasis: '100%', display: 'grid', gap: tokens.spacingVerticalS },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Problems that the person fixes by connecting LinkedIn again, from "My data". */
const RECONNECT_CODES = new Set(['linkedin.reconnect', 'linkedin.notConnected']);

interface LinkedInPostButtonProps {
  itemId: string;
  request: { network: Network; language: Locale; text: string };
  /** The text does not pass the guardrails yet. */
  blocked: boolean;
  onPosted: (network: Network) => void;
}

/**
 * "Post on LinkedIn", beside the usual way, for an ambassador whose LinkedIn is connected: the service posts the
 * checked text in their name, and the outcome links to the post. Nothing shows when LinkedIn is not set up.
 */
export function LinkedInPostButton({ itemId, request, blocked, onPosted }: LinkedInPostButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const connections = useApiQuery(connectionsQuery());
  const [posting, setPosting] = useState(false);
  const [posted, setPosted] = useState<PostedShare>();
  const [error, setError] = useState<unknown>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (posted || error !== undefined) outcomeRef.current?.focus();
  }, [posted, error]);

  const linkedIn = connections.status === 'done' ? connections.value.linkedin : undefined;
  if (request.network !== 'linkedin' || !linkedIn?.available) return null;

  async function post() {
    setPosting(true);
    setPosted(undefined);
    setError(undefined);
    try {
      setPosted(await postItem(itemId, request));
      onPosted(request.network);
    } catch (caught) {
      setError(caught);
    } finally {
      setPosting(false);
    }
  }

  const needsReconnect = error instanceof ApiProblem && RECONNECT_CODES.has(error.problem?.code ?? '');
  return (
    <>
      {linkedIn.status === 'connected' ? (
        <Button
          disabledFocusable={blocked || posting}
          icon={posting ? <Spinner size="tiny" /> : undefined}
          onClick={() => void post()}
        >
          {t('share.linkedIn.post')}
        </Button>
      ) : (
        <Text className={styles.hint}>
          {linkedIn.status === 'expired' ? (
            <RouterLink to="/my-data">{t('share.linkedIn.reconnect')}</RouterLink>
          ) : (
            <>
              {t('share.linkedIn.connectFirst')}{' '}
              <RouterLink to="/my-data">{t('share.linkedIn.connect')}</RouterLink>
            </>
          )}
        </Text>
      )}
      {posting && <span role="status">{t('share.linkedIn.posting')}</span>}
      <div ref={outcomeRef} tabIndex={-1} className={`${styles.outcome} ${styles.focusTarget}`}>
        {posted && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('share.linkedIn.posted')}{' '}
              <Link href={linkedInPostUrl(posted.postUrn)} target="_blank" rel="noopener noreferrer">
                {t('share.linkedIn.viewPost')}
              </Link>
            </MessageBarBody>
          </MessageBar>
        )}
        {error !== undefined && (
          <>
            <ErrorState error={error} onRetry={needsReconnect ? undefined : () => void post()} />
            {needsReconnect && <RouterLink to="/my-data">{t('share.linkedIn.reconnect')}</RouterLink>}
          </>
        )}
      </div>
    </>
  );
}
