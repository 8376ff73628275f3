import type { TFunction } from 'i18next';
import type { ReachFigures } from '@contract/insights';
import type { FigureColumn } from './FigureTable';

/** The columns every slice shares (a day, a campaign, a network…): shares, clicks, CTR, reach, value. */
export function reachColumns<Row extends ReachFigures>(t: TFunction): FigureColumn<Row>[] {
  return [
    { id: 'shares', header: t('insights.figures.shares'), kind: 'count', value: (row) => row.shares },
    { id: 'clicks', header: t('insights.figures.clicks'), kind: 'count', value: (row) => row.clicks },
    { id: 'ctr', header: t('insights.figures.ctr'), kind: 'average', value: (row) => row.ctr },
    {
      id: 'estimatedReach',
      header: t('insights.figures.estimatedReach'),
      kind: 'count',
      value: (row) => row.estimatedReach,
    },
    {
      id: 'earnedMediaValue',
      header: t('insights.figures.earnedMediaValue'),
      kind: 'money',
      value: (row) => row.earnedMediaValue,
    },
  ];
}

export function activeAmbassadorsColumn<Row extends { activeAmbassadors: number }>(
  t: TFunction,
): FigureColumn<Row> {
  return {
    id: 'activeAmbassadors',
    header: t('insights.figures.activeAmbassadors'),
    kind: 'count',
    value: (row) => row.activeAmbassadors,
  };
}
