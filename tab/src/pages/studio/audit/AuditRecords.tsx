import {
  Button,
  Spinner,
  TableCell,
  TableCellLayout,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditList, AuditRecord } from '@contract/audit';
import { read } from '../../../api/apiQuery';
import { getAuditCsv, auditPageQuery } from '../../../api/audit';
import type { AuditFilters } from '../../../api/audit';
import { saveFile } from '../../../host/saveFile';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatDateTime } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useSession } from '../../../session/sessionContext';
import { AsyncContent } from '../../../ui/AsyncContent';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { ListTable } from '../../../ui/ListTable';
import { LoadMoreFooter } from '../../../ui/LoadMoreFooter';

const PAGE_SIZE = 25;

/** The service's own jobs act under fixed ids: their names are shown in the reader's language. */
const systemActors: Record<
  string,
  'audit.systemActors.publication' | 'audit.systemActors.archiveExport' | 'audit.systemActors.retentionPurge'
> = {
  'system:content-publication': 'audit.systemActors.publication',
  'archive-export': 'audit.systemActors.archiveExport',
  'retention-purge': 'audit.systemActors.retentionPurge',
};
const CSV_FILE = 'audit-log.csv';

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  footer: { marginTop: tokens.spacingVerticalM },
});

export function AuditRecords({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const first = useApiQuery(auditPageQuery(filters, { limit: PAGE_SIZE }));
  return (
    <AsyncContent state={first} loadingLabel={t('audit.loading')}>
      {(value) => <RecordsTable filters={filters} first={value} />}
    </AsyncContent>
  );
}

function RecordsTable({ filters, first }: { filters: AuditFilters; first: AuditList }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    read(auditPageQuery(filters, { limit: PAGE_SIZE, continuationToken })),
  );
  const { items: records, error, setError } = paged;
  const [download, setDownload] = useState<'idle' | 'working' | 'done'>('idle');

  async function downloadCsv() {
    setDownload('working');
    setError(undefined);
    try {
      saveFile({ fileName: CSV_FILE, type: 'text/csv', text: await getAuditCsv(filters) });
      setDownload('done');
    } catch (caught) {
      setError(caught);
      setDownload('idle');
    }
  }

  const actorName = (record: AuditRecord) => {
    const system = systemActors[record.actor.id];
    return system ? t(system) : record.actor.name || t('audit.erasedActor');
  };

  return (
    <>
      {records.length === 0 ? (
        <EmptyState message={t('audit.empty')} />
      ) : (
        <ListTable
          label={t('audit.tableLabel')}
          columns={[
            t('audit.columns.at'),
            t('audit.columns.actor'),
            t('audit.columns.action'),
            t('audit.columns.entity'),
          ]}
        >
          {records.map((record) => (
            <TableRow key={record.id}>
              <TableCell>{formatDateTime(record.at, locale, me.timeZone) ?? record.at}</TableCell>
              <TableCell>
                <TableCellLayout truncate={false} description={record.actor.roles.join(', ')}>
                  {actorName(record)}
                </TableCellLayout>
              </TableCell>
              <TableCell>
                <TableCellLayout
                  truncate={false}
                  description={<span className={styles.code}>{record.action}</span>}
                >
                  {t(`audit.actions.${record.action}`, { defaultValue: record.action })}
                </TableCellLayout>
              </TableCell>
              <TableCell>
                <EntityCell entity={record.entity} />
              </TableCell>
            </TableRow>
          ))}
        </ListTable>
      )}
      {error !== undefined && <ErrorState error={error} />}
      <LoadMoreFooter
        className={styles.footer}
        countRef={paged.countRef}
        shownText={t('audit.shown', { count: records.length })}
        loadMoreLabel={t('audit.loadMore')}
        loadingLabel={t('audit.loadingMore')}
        hasMore={paged.hasMore}
        busy={paged.loadingMore}
        onLoadMore={() => void paged.loadMore()}
      >
        <Button
          icon={download === 'working' ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabledFocusable={download === 'working'}
          onClick={() => void downloadCsv()}
        >
          {t('audit.download')}
        </Button>
        <span role="status">
          {download === 'working' && t('audit.downloading')}
          {download === 'done' && t('audit.downloaded', { file: CSV_FILE })}
        </span>
      </LoadMoreFooter>
    </>
  );
}

/** What was acted on, by its title as it was then; records written before titles were kept show its id. */
function EntityCell({ entity }: { entity: AuditRecord['entity'] }) {
  const { t } = useTranslation();
  const kind = t(`audit.entityTypes.${entity.type}`, { defaultValue: entity.type });
  return entity.title ? (
    <TableCellLayout truncate={false} description={kind}>
      {localized(entity.title, currentLocale())}
    </TableCellLayout>
  ) : (
    <TableCellLayout truncate={false} description={entity.id}>
      {kind}
    </TableCellLayout>
  );
}
