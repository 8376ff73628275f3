import { Button, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, ChartMultipleRegular, TableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../host/saveFile';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';

export interface CsvFile {
  fileName: string;
  text: string;
}

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  views: { display: 'flex', gap: tokens.spacingHorizontalXS },
  // Room at the end for the value written after the longest bar.
  chart: { width: '100%', boxSizing: 'border-box', paddingInlineEnd: tokens.spacingHorizontalXXXL },
  // Read by screen readers while the chart shows: the table is the chart's accessible equivalent.
  hiddenTable: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    // A keyboard reaching its links sees it, as with a skip link.
    ':focus-within': {
      position: 'static',
      width: 'auto',
      height: 'auto',
      margin: 0,
      overflow: 'visible',
      clipPath: 'none',
      whiteSpace: 'normal',
    },
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface ChartPanelProps {
  title: string;
  /** A chart of the figures; absent for panels that are a table only. */
  chart?: ReactNode;
  table: ReactNode;
  /** True when the period has no figures to show: the panel says so instead. */
  empty?: boolean;
  emptyMessage?: string;
  hint?: string;
  /** Fetches the table as CSV from the server, which writes the same figures the table shows. */
  csv?: () => Promise<CsvFile>;
}

/**
 * A titled panel with a chart and the same figures as a table. The chart is drawn for the eye only
 * (hidden from assistive technology and out of the tab order); the table always reaches screen readers,
 * and anyone can switch to it.
 */
export function ChartPanel({ title, chart, table, empty = false, emptyMessage, hint, csv }: ChartPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [download, setDownload] = useState<{ working: boolean; error?: unknown }>({ working: false });
  const showChart = chart !== undefined && view === 'chart' && !empty;

  async function downloadCsv() {
    if (!csv) return;
    setDownload({ working: true });
    try {
      const file = await csv();
      saveFile({ fileName: file.fileName, type: 'text/csv', text: file.text });
      setDownload({ working: false });
    } catch (error) {
      setDownload({ working: false, error });
    }
  }

  return (
    <Panel title={title}>
      {empty ? (
        <EmptyState message={emptyMessage ?? t('insights.empty')} />
      ) : (
        <>
          <div className={styles.toolbar}>
            {chart !== undefined && (
              <div role="group" aria-label={t('insights.view.label', { title })} className={styles.views}>
                <ToggleButton
                  size="small"
                  icon={<ChartMultipleRegular />}
                  checked={view === 'chart'}
                  onClick={() => setView('chart')}
                >
                  {t('insights.view.chart')}
                </ToggleButton>
                <ToggleButton
                  size="small"
                  icon={<TableRegular />}
                  checked={view === 'table'}
                  onClick={() => setView('table')}
                >
                  {t('insights.view.table')}
                </ToggleButton>
              </div>
            )}
            {csv && (
              <Button
                size="small"
                icon={<ArrowDownloadRegular />}
                disabledFocusable={download.working}
                // Names the table (every panel has one); while working, says so as the button shows it.
                aria-label={
                  download.working ? t('insights.csv.working') : t('insights.csv.download', { title })
                }
                onClick={() => void downloadCsv()}
              >
                {download.working ? t('insights.csv.working') : t('insights.csv.label')}
              </Button>
            )}
          </div>
          {showChart ? (
            <>
              <div aria-hidden inert className={styles.chart}>
                {chart}
              </div>
              <div className={styles.hiddenTable}>{table}</div>
            </>
          ) : (
            table
          )}
          {hint && <p className={styles.hint}>{hint}</p>}
        </>
      )}
      {download.error !== undefined && (
        <ErrorState
          error={download.error}
          onRetry={() => void downloadCsv()}
          title={t('insights.csv.failed')}
        />
      )}
    </Panel>
  );
}
