import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_MAX_CHARACTERS } from '@contract/groups';
import type { ImportReport } from '@contract/groups';
import { ApiProblem } from '../../../api/ApiProblem';
import { importMembers } from '../../../api/groups';
import { ErrorState } from '../../../ui/ErrorState';
import { FilePicker } from '../../../ui/FilePicker';
import { ListTable } from '../../../ui/ListTable';
import { Panel } from '../../../ui/Panel';
import { csvRowErrors } from './csvImportErrors';
import { problemText } from '../../../ui/problemText';
import type { CsvRowError } from './csvImportErrors';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paragraph: { margin: 0 },
  result: { ':focus': { outlineStyle: 'none' } },
});

type Outcome =
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'refused'; rows: CsvRowError[] }
  | { kind: 'error'; error: unknown }
  | { kind: 'local'; message: string };

/** A CSV file of people: all of it is imported, or nothing, with each wrong row named. */
export function CsvImportPanel({ groupId, onImported }: { groupId: string; onImported: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const resultRef = useRef<HTMLDivElement>(null);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  function show(next: Outcome) {
    setOutcome(next);
    // The result (or the rows to correct) is what the person reads next.
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  async function submit() {
    if (!file) return show({ kind: 'local', message: t('group.csv.chooseFile') });
    setImporting(true);
    try {
      // Read as UTF-8: the server refuses text where bytes were not (shown as U+FFFD).
      const text = await file.text();
      if (text.length > CSV_MAX_CHARACTERS) {
        return show({ kind: 'local', message: t('group.csv.tooLarge', { size: CSV_MAX_CHARACTERS / 1000 }) });
      }
      const report = await importMembers(groupId, text);
      show({ kind: 'imported', report });
      onImported();
    } catch (error) {
      const rows = error instanceof ApiProblem ? csvRowErrors(error.problem) : [];
      show(rows.length > 0 ? { kind: 'refused', rows } : { kind: 'error', error });
    } finally {
      setImporting(false);
    }
  }

  return (
    <Panel title={t('group.csv.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('group.csv.intro')}
      </Text>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FilePicker
          label={t('group.csv.file')}
          accept=".csv,text/csv"
          chosen={file?.name ?? t('common.noFileChosen')}
          onChoose={(chosen) => {
            setFile(chosen);
            setOutcome(undefined);
          }}
        />
        <div>
          <SubmitButton busy={importing}>
            {importing ? t('group.csv.importing') : t('group.csv.import')}
          </SubmitButton>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} className={styles.result}>
        {outcome && <ImportOutcome outcome={outcome} />}
      </div>
    </Panel>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  switch (outcome.kind) {
    case 'imported':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t('group.csv.result', {
              added: outcome.report.added,
              already: outcome.report.alreadyMembers,
            })}
            {outcome.report.duplicateRows.length > 0 &&
              ` ${t('group.csv.duplicates', { rows: outcome.report.duplicateRows.join(', ') })}`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'refused':
      return <RowErrors rows={outcome.rows} />;
    case 'error':
      return <ErrorState error={outcome.error} />;
    case 'local':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      );
  }
}

function RowErrors({ rows }: { rows: CsvRowError[] }) {
  const { t } = useTranslation();
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('group.csv.errorsTitle')}</MessageBarTitle>
          {t('group.csv.errorsIntro')}
        </MessageBarBody>
      </MessageBar>
      <ListTable
        label={t('group.csv.errorsLabel')}
        size="small"
        columns={[t('group.csv.columns.row'), t('group.csv.columns.column'), t('group.csv.columns.problem')]}
      >
        {rows.map((row) => (
          <TableRow key={`${row.row}:${row.column}:${row.reason.code}`}>
            <TableCell>{row.row}</TableCell>
            <TableCell>{row.column === '*' ? t('group.csv.wholeFile') : row.column}</TableCell>
            <TableCell>{problemText(t, row.reason)}</TableCell>
          </TableRow>
        ))}
      </ListTable>
    </>
  );
}
