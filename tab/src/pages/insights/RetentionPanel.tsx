import { useTranslation } from 'react-i18next';
import type { Retention } from '@contract/insights';
import { retentionQuery } from '../../api/insights';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatMonth } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Panel } from '../../ui/Panel';
import { ChartPanel } from './ChartPanel';
import { figureFormat } from './figureFormat';
import { FigureTable } from './FigureTable';
import type { FigureColumn } from './FigureTable';
import { insightsCsv } from './insightsCsv';
import { RetentionChart } from './RetentionChart';

/** The last year of enrolment cohorts: how many of each are still sharing N months after joining. */
const COHORT_MONTHS = 12;

/** The engagement curve by months since enrolment (not tied to the period: cohorts span the year). */
export function RetentionPanel() {
  const { t } = useTranslation();
  const retention = useApiQuery(retentionQuery(COHORT_MONTHS));
  if (retention.status === 'done') return <RetentionView retention={retention.value} />;
  return (
    <Panel title={t('insights.retention.title')}>
      {retention.status === 'loading' ? (
        <LoadingState label={t('insights.retention.loading')} />
      ) : (
        <ErrorState error={retention.error} onRetry={retention.retry} />
      )}
    </Panel>
  );
}

type Cohort = Retention['cohorts'][number];

function RetentionView({ retention }: { retention: Retention }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('insights.retention.title');
  const longest = Math.max(0, ...retention.cohorts.map((cohort) => cohort.months.length));
  // One column per month since enrolment; a cohort too young for a month shows a dash.
  const monthColumns: FigureColumn<Cohort>[] = Array.from({ length: longest }, (_, month) => ({
    id: `month-${month}`,
    header: t('insights.retention.month', { month }),
    kind: 'ratio',
    value: (cohort) =>
      cohort.months.find((entry) => entry.monthsSinceEnrolment === month)?.activeShare ?? '—',
  }));

  return (
    <ChartPanel
      title={title}
      hint={t('insights.retention.hint')}
      empty={retention.cohorts.length === 0}
      emptyMessage={t('insights.retention.empty')}
      chart={
        <RetentionChart
          title={title}
          retention={retention}
          legend={t('insights.retention.average')}
          xAxisTitle={t('insights.retention.xAxis')}
          locale={locale}
        />
      }
      table={
        <FigureTable
          label={title}
          rows={retention.cohorts}
          rowKey={(cohort) => cohort.cohort}
          format={figureFormat()}
          columns={[
            {
              id: 'cohort',
              header: t('insights.retention.cohort'),
              kind: 'text',
              value: (cohort) => formatMonth(cohort.cohort, locale),
            },
            {
              id: 'size',
              header: t('insights.retention.size'),
              kind: 'count',
              value: (cohort) => cohort.size,
            },
            ...monthColumns,
          ]}
        />
      }
      csv={() => insightsCsv({ table: 'retention', months: COHORT_MONTHS })}
    />
  );
}
