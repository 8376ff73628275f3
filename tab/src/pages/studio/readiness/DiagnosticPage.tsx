import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Diagnostic, DiagnosticScores } from '@contract/readiness';
import { diagnosticQuery } from '../../../api/readiness';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useElementWidth } from '../../../hooks/useElementWidth';
import { formatDate } from '../../../i18n/formatDate';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { AsyncPage } from '../../../ui/AsyncPage';
import { EmptyState } from '../../../ui/EmptyState';
import { ListTable } from '../../../ui/ListTable';
import { Panel } from '../../../ui/Panel';
import { RouterLink } from '../../../ui/RouterLink';
import { barLabels } from '../../insights/chartData';
import { ChartPanel } from '../../insights/ChartPanel';
import { scoreComparison } from './scoreComparison';
import type { ScoreRow } from './scoreComparison';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  summary: { margin: 0 },
  overall: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  caption: { margin: 0, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Studio: the latest readiness scores by condition of success, beside the previous take, and every take so far. */
export function DiagnosticPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const diagnostic = useApiQuery(diagnosticQuery());
  const taken = diagnostic.status === 'done' && diagnostic.value.latest !== null;
  return (
    <AsyncPage
      title={t('readiness.diagnostic.title')}
      intro={t('readiness.diagnostic.intro')}
      header={
        <div className={styles.actions}>
          <RouterLink to="/studio/diagnostic/take" appearance="button">
            {taken ? t('readiness.diagnostic.retake') : t('readiness.diagnostic.take')}
          </RouterLink>
          <RouterLink to="/studio/programme-plan">{t('readiness.diagnostic.plan')}</RouterLink>
        </div>
      }
      state={diagnostic}
      loadingLabel={t('readiness.diagnostic.loading')}
    >
      {(value) =>
        value.latest ? (
          <Results latest={value.latest} history={value.history} />
        ) : (
          <EmptyState message={t('readiness.diagnostic.empty')} />
        )
      }
    </AsyncPage>
  );
}

function Results({ latest, history }: { latest: DiagnosticScores; history: Diagnostic['history'] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const rows = scoreComparison(latest, history[1]);
  const title = t('readiness.diagnostic.scores');
  return (
    <div className={styles.stack}>
      <div>
        <p className={styles.overall}>
          {latest.overall === null
            ? t('readiness.diagnostic.overallNone')
            : t('readiness.diagnostic.overall', { score: latest.overall })}
        </p>
        <p className={styles.summary}>
          {t('readiness.diagnostic.takenOn', { date: formatDate(latest.takenAt, locale, me.timeZone) })}
        </p>
      </div>
      <ChartPanel title={title} chart={<ScoresChart rows={rows} />} table={<ScoresTable rows={rows} />} />
      <Panel title={t('readiness.diagnostic.history')}>
        <ListTable
          label={t('readiness.diagnostic.historyLabel')}
          columns={[
            t('readiness.diagnostic.historyColumns.takenOn'),
            { name: t('readiness.diagnostic.historyColumns.overall'), align: 'end' },
          ]}
        >
          {history.map((take) => (
            <TableRow key={take.id}>
              <TableCell>{formatDate(take.takenAt, locale, me.timeZone)}</TableCell>
              <TableCell className={styles.number}>
                {take.overall === null
                  ? t('readiness.diagnostic.notApplicable')
                  : formatNumber(take.overall, locale)}
              </TableCell>
            </TableRow>
          ))}
        </ListTable>
      </Panel>
    </div>
  );
}

/** "+12", "−5": points gained or lost since the previous take. */
function formatChange(change: number, locale: string): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(change);
}

/** The latest scores as bars out of 100, each named with its change since the previous take. */
function ScoresChart({ rows }: { rows: readonly ScoreRow[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [measured, width] = useElementWidth<HTMLDivElement>();
  const scored = rows.filter((row): row is ScoreRow & { score: number } => row.score !== null);
  // The change since the previous take goes with the name: the chart writes only the score at the bar's end.
  const { margin, labels } = barLabels(
    scored.map((row) => t(`readiness.dimensions.${row.dimension}`)),
    width,
    scored.map((row) => (row.change === null ? '' : ` (${formatChange(row.change, locale)})`)),
  );
  const bars = scored.map((row, index) => {
    const name = labels[index] ?? row.dimension;
    return { x: row.score, y: name, legend: name };
  });
  const height = Math.max(120, bars.length * 32 + 60);
  return (
    <>
      <p className={styles.caption}>{t('readiness.diagnostic.chartCaption')}</p>
      <div ref={measured} style={{ height }}>
        <HorizontalBarChartWithAxis
          // The chart draws its first bar at the bottom: the method's first condition goes on top.
          data={[...bars].reverse()}
          height={height}
          barHeight={16}
          showYAxisLables
          margins={{ left: margin }}
          xMinValue={0}
          xMaxValue={100}
          culture={locale}
          useSingleColor
          colors={[tokens.colorBrandBackground]}
          hideLegend
          hideTooltip
        />
      </div>
    </>
  );
}

function ScoresTable({ rows }: { rows: readonly ScoreRow[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const comparing = rows.some((row) => row.previous !== undefined);
  const score = (value: number | null) =>
    value === null ? t('readiness.diagnostic.notApplicable') : formatNumber(value, locale);
  return (
    <ListTable
      label={t('readiness.diagnostic.scores')}
      columns={[
        t('readiness.diagnostic.columns.dimension'),
        { name: t('readiness.diagnostic.columns.score'), align: 'end' },
        ...(comparing
          ? [
              { name: t('readiness.diagnostic.columns.previous'), align: 'end' as const },
              { name: t('readiness.diagnostic.columns.change'), align: 'end' as const },
            ]
          : []),
      ]}
    >
      {rows.map((row) => (
        <TableRow key={row.dimension}>
          <TableCell>{t(`readiness.dimensions.${row.dimension}`)}</TableCell>
          <TableCell className={styles.number}>{score(row.score)}</TableCell>
          {comparing && (
            <>
              <TableCell className={styles.number}>{score(row.previous ?? null)}</TableCell>
              <TableCell className={styles.number}>
                {row.change === null
                  ? '—'
                  : row.change === 0
                    ? t('readiness.diagnostic.noChange')
                    : formatChange(row.change, locale)}
              </TableCell>
            </>
          )}
        </TableRow>
      ))}
    </ListTable>
  );
}
