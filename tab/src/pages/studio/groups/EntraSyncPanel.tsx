import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntraSyncReport, StudioGroup } from '@contract/groups';
import { syncFromEntra } from '../../../api/groups';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
});

/** Shown only when Microsoft Graph is configured: the group mirrors an Entra ID group on demand. */
export function EntraSyncPanel({ group, onSynced }: { group: StudioGroup; onSynced: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const [entraGroupId, setEntraGroupId] = useState(group.entraGroupId ?? '');
  const [syncing, setSyncing] = useState(false);
  const [report, setReport] = useState<EntraSyncReport>();
  const [error, setError] = useState<unknown>();
  const lastSync = group.entraSyncedAt && formatDate(group.entraSyncedAt, currentLocale(), me.timeZone);

  async function sync() {
    setSyncing(true);
    setError(undefined);
    setReport(undefined);
    try {
      setReport(await syncFromEntra(group.id, entraGroupId.trim() || undefined));
      onSynced();
    } catch (caught) {
      setError(caught);
    } finally {
      setSyncing(false);
    }
  }

  return (
    <Panel title={t('group.entra.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('group.entra.intro')}
      </Text>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void sync();
        }}
      >
        <Field label={t('group.entra.groupId')} required>
          <Input
            value={entraGroupId}
            autoComplete="off"
            spellCheck={false}
            onChange={(_, data) => setEntraGroupId(data.value)}
          />
        </Field>
        <div>
          <SubmitButton busy={syncing} icon={<ArrowSyncRegular />}>
            {syncing ? t('group.entra.syncing') : t('group.entra.sync')}
          </SubmitButton>
        </div>
      </form>
      <div role="status">
        {report && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('group.entra.done', { ...report })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {error !== undefined && <ErrorState error={error} onRetry={() => void sync()} />}
      {lastSync && !report && (
        <Text as="p" className={styles.paragraph}>
          {t('group.entra.lastSync', { date: lastSync })}
        </Text>
      )}
    </Panel>
  );
}
