import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { CharterVersion, CharterVersionList } from '@contract/charter';
import { charterVersionsQuery } from '../../../api/charterVersions';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { ListTable } from '../../../ui/ListTable';
import { Panel } from '../../../ui/Panel';
import { CharterEditor } from './CharterEditor';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Studio, for administrators: the charter's versions and the next one. */
export function CharterAdminPage() {
  const { t } = useTranslation();
  const versions = useApiQuery(charterVersionsQuery());
  return (
    <AsyncPage
      title={t('charterAdmin.title')}
      intro={t('charterAdmin.intro')}
      state={versions}
      loadingLabel={t('charterAdmin.loading')}
    >
      {(value) => <CharterAdmin list={value} />}
    </AsyncPage>
  );
}

/** Publishing reads the versions again (the cache hears of it), and this list follows. */
function CharterAdmin({ list }: { list: CharterVersionList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.stack}>
      <CharterEditor current={list.items[0]} next={list.next} />
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
