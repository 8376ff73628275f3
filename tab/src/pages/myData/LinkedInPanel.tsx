import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedInConnection } from '@contract/connections';
import {
  connectLinkedIn,
  connectionsChanged,
  connectionsQuery,
  disconnectLinkedIn,
} from '../../api/connections';
import { useApiQuery } from '../../hooks/useApiQuery';
import { openExternal } from '../../host/openExternal';
import { currentLocale } from '../../i18n/i18n';
import { formatDate } from '../../i18n/formatDate';
import { useSession } from '../../session/sessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';

const useStyles = makeStyles({
  paragraph: { margin: 0 },
  status: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const badgeColors = { connected: 'success', expired: 'warning', disconnected: 'informative' } as const;

/**
 * Connecting LinkedIn so that Ambassade may post for the person when they click, its status and expiry, and
 * disconnecting (one confirmation away). Hidden when the organisation has not set LinkedIn up.
 */
export function LinkedInPanel() {
  const connections = useApiQuery(connectionsQuery());
  if (connections.status !== 'done' || !connections.value.linkedin.available) return null;
  return <LinkedInConnectionPanel connection={connections.value.linkedin} />;
}

function LinkedInConnectionPanel({ connection }: { connection: LinkedInConnection }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { host, me } = useSession();
  const locale = currentLocale();
  const [busy, setBusy] = useState<'connecting' | 'disconnecting'>();
  const [waiting, setWaiting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const { status } = connection;
  // Waiting for the person to finish on LinkedIn, until the connection shows.
  const awaiting = waiting && status !== 'connected';

  // The consent happens in another window: coming back to this one reads the connection again.
  useEffect(() => {
    if (!awaiting) return;
    const refresh = () => void connectionsChanged();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [awaiting]);

  async function connect() {
    setBusy('connecting');
    setError(undefined);
    try {
      const { authorizeUrl } = await connectLinkedIn();
      await openExternal(authorizeUrl, host.inTeams);
      setWaiting(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  async function disconnect() {
    setBusy('disconnecting');
    setError(undefined);
    try {
      await disconnectLinkedIn();
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  const expiresOn = connection.expiresAt && formatDate(connection.expiresAt, locale, me.timeZone);
  return (
    <Panel title={t('myData.linkedIn.title')}>
      <div className={styles.status}>
        <Badge appearance="tint" color={badgeColors[status]}>
          {t(`myData.linkedIn.status.${status}`)}
        </Badge>
        {expiresOn && (
          <Text>
            {status === 'connected'
              ? t('myData.linkedIn.expiresOn', { date: expiresOn })
              : t('myData.linkedIn.expiredOn', { date: expiresOn })}
          </Text>
        )}
      </div>
      <Text as="p" className={styles.paragraph}>
        {t(status === 'connected' ? 'myData.linkedIn.connectedText' : 'myData.linkedIn.text')}
      </Text>
      <div className={styles.actions}>
        {status !== 'connected' && (
          <Button
            appearance="primary"
            disabledFocusable={busy !== undefined}
            icon={busy === 'connecting' ? <Spinner size="tiny" /> : undefined}
            onClick={() => void connect()}
          >
            {t(status === 'expired' ? 'myData.linkedIn.reconnect' : 'myData.linkedIn.connect')}
          </Button>
        )}
        {awaiting && (
          <Button onClick={() => void connectionsChanged()}>{t('myData.linkedIn.checkAgain')}</Button>
        )}
        {status !== 'disconnected' && (
          <Button disabledFocusable={busy !== undefined} onClick={() => setConfirming(true)}>
            {t('myData.linkedIn.disconnect')}
          </Button>
        )}
        <span role="status">{awaiting && t('myData.linkedIn.waiting')}</span>
      </div>
      {error !== undefined && !confirming && <ErrorState error={error} />}
      <ConfirmDialog
        open={confirming}
        busy={busy === 'disconnecting'}
        title={t('myData.linkedIn.disconnectTitle')}
        onClose={() => {
          setConfirming(false);
          setError(undefined);
        }}
        actions={
          <>
            <Button disabled={busy === 'disconnecting'} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={busy === 'disconnecting'}
              icon={busy === 'disconnecting' ? <Spinner size="tiny" /> : undefined}
              onClick={() => void disconnect()}
            >
              {t('myData.linkedIn.disconnectConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {t('myData.linkedIn.disconnectText')}
        </Text>
        {error !== undefined && <ErrorState error={error} />}
      </ConfirmDialog>
    </Panel>
  );
}
