import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveFormats } from '@contract/compliance';
import type { ArchiveFormat, ArchiveVerification } from '@contract/compliance';
import { downloadArchive, verifyArchive } from '../../../api/compliance';
import type { Period } from '../../../api/compliance';
import { saveFile } from '../../../host/saveFile';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';

const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  paragraph: { margin: 0 },
});

/** Exports of the archive for archiving systems and spreadsheets, and the check that nothing was altered. */
export function ArchiveTools() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const [period, setPeriod] = useState<Period>({});
  const [format, setFormat] = useState<ArchiveFormat>('jsonl');
  const [exporting, setExporting] = useState<'idle' | 'working' | 'done'>('idle');
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<ArchiveVerification>();
  const [error, setError] = useState<unknown>();
  const fileName = `ambassade-archive${period.from ? `-${period.from}` : ''}${period.to ? `-${period.to}` : ''}.${format}`;

  async function download() {
    setExporting('working');
    setError(undefined);
    try {
      saveFile({ fileName, blob: await downloadArchive(format, period) });
      setExporting('done');
    } catch (caught) {
      setError(caught);
      setExporting('idle');
    }
  }

  async function verify() {
    setVerifying(true);
    setError(undefined);
    try {
      setVerification(await verifyArchive());
    } catch (caught) {
      setError(caught);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <Panel title={t('supervision.archive.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('supervision.archive.intro')}
      </Text>
      <div className={styles.fields}>
        <Field label={t('supervision.filters.from')}>
          <Input
            type="date"
            value={period.from ?? ''}
            onChange={(_, data) => setPeriod({ ...period, from: data.value || undefined })}
          />
        </Field>
        <Field label={t('supervision.filters.to')}>
          <Input
            type="date"
            value={period.to ?? ''}
            onChange={(_, data) => setPeriod({ ...period, to: data.value || undefined })}
          />
        </Field>
        <Field label={t('supervision.archive.format')}>
          <Select value={format} onChange={(_, data) => setFormat(data.value as ArchiveFormat)}>
            {archiveFormats.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`supervision.archive.formats.${candidate}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={exporting === 'working' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabledFocusable={exporting === 'working'}
          onClick={() => void download()}
        >
          {t('supervision.archive.download')}
        </Button>
        <Button
          icon={verifying ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />}
          disabledFocusable={verifying}
          onClick={() => void verify()}
        >
          {t('supervision.archive.verify')}
        </Button>
        <span role="status">
          {exporting === 'working' && t('supervision.archive.downloading')}
          {exporting === 'done' && t('supervision.archive.downloaded', { file: fileName })}
          {verifying && t('supervision.archive.verifying')}
        </span>
      </div>
      {verification && (
        <MessageBar intent={verification.intact ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {verification.intact ? t('supervision.archive.intact') : t('supervision.archive.broken')}
            </MessageBarTitle>
            {verification.intact
              ? t('supervision.archive.intactDetail', {
                  count: verification.records,
                  date: formatDateTime(verification.checkedAt, currentLocale(), me.timeZone),
                })
              : t(`supervision.archive.break.${verification.firstBreak?.kind ?? 'missing'}`, {
                  seq: verification.firstBreak?.seq,
                  count: verification.records,
                })}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </Panel>
  );
}
