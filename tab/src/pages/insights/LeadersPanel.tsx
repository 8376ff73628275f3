import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LeadersParticipation } from '@contract/leaders';
import { leadersParticipationQuery } from '../../api/leaders';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatNumber } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Panel } from '../../ui/Panel';
import { figureFormat } from './figureFormat';
import { FigureTable } from './FigureTable';

/** How the programme's leaders showed the way over the dashboard's period: who shared, and how much. */
export function LeadersPanel({ period }: { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const participation = useApiQuery(leadersParticipationQuery(period));
  return (
    <Panel title={t('insights.leaders.title')}>
      {participation.status === 'loading' && <LoadingState label={t('insights.leaders.loading')} />}
      {participation.status === 'error' && (
        <ErrorState error={participation.error} onRetry={participation.retry} />
      )}
      {participation.status === 'done' && <LeadersView participation={participation.value} />}
    </Panel>
  );
}

function LeadersView({ participation }: { participation: LeadersParticipation }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('insights.leaders.title');
  if (participation.leaders.length === 0) return <EmptyState message={t('insights.leaders.empty')} />;
  return (
    <>
      <Text as="p">
        {t('insights.leaders.sharing', {
          sharing: formatNumber(participation.sharing, locale),
          leaders: formatNumber(participation.leaders.length, locale),
        })}
      </Text>
      <FigureTable
        label={title}
        rows={participation.leaders}
        rowKey={(leader) => leader.id}
        format={figureFormat()}
        columns={[
          {
            id: 'name',
            header: t('insights.leaders.name'),
            kind: 'text',
            value: (leader) => leader.displayName,
          },
          { id: 'title', header: t('insights.leaders.role'), kind: 'text', value: (leader) => leader.title },
          {
            id: 'shares',
            header: t('insights.figures.shares'),
            kind: 'count',
            value: (leader) => leader.shares,
          },
        ]}
      />
    </>
  );
}
