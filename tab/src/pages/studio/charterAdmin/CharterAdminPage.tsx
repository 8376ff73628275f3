import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterVersion, CharterVersionList } from '@contract/charter';
import { getCharterVersions } from '../../../api/charterVersions';
import { useAsync } from '../../../hooks/useAsync';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { ErrorState } from '../../../ui/ErrorState';
import { ListTable } from '../../../ui/ListTable';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { Panel } from '../../../ui/Panel';
import { CharterEditor } from './CharterEditor';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Studio, for administrators: the charter's versions and the next one. */
export function CharterAdminPage() {
  const { t } = useTranslation();
  const versions = useAsync(getCharterVersions);
  return (
    <>
      <PageHeading title={t('charterAdmin.title')} intro={t('charterAdmin.intro')} />
      {versions.status === 'loading' && <LoadingState label={t('charterAdmin.loading')} />}
      {versions.status === 'error' && <ErrorState error={versions.error} onRetry={versions.retry} />}
      {versions.status === 'done' && <CharterAdmin initial={versions.value} />}
    </>
  );
}

function CharterAdmin({ initial }: { initial: CharterVersionList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [list, setList] = useState(initial);
  return (
    <div className={styles.stack}>
      <CharterEditor
        current={list.items[0]}
        next={list.next}
        onPublished={() => void getCharterVersions().then(setList, () => undefined)}
      />
      <Panel title={t('charterAdmin.versions')}>
        <VersionsTable versions={list.items} />
      </Panel>
    </div>
  );
}

function VersionsTable({ versions }: { versions: CharterVersion[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  return (
    <ListTable
      label={t('charterAdmin.versionsLabel')}
      size="small"
      columns={[
        t('charterAdmin.columns.version'),
        t('charterAdmin.columns.published'),
        t('charterAdmin.columns.title'),
      ]}
    >
      {versions.map((version) => (
        <TableRow key={version.version}>
          <TableCell>{version.version}</TableCell>
          <TableCell>{formatDate(version.publishedAt, locale, me.timeZone)}</TableCell>
          <TableCell>{localized(version.title, locale)}</TableCell>
        </TableRow>
      ))}
    </ListTable>
  );
}
