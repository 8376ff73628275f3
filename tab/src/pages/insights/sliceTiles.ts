import type { TFunction } from 'i18next';
import type { SliceKpis } from '@contract/insights';
import type { KpiTile } from './KpiTiles';

/** The tiles the programme, a campaign and an item have in common, in the same order everywhere. */
export function sliceTiles(kpis: SliceKpis, t: TFunction): KpiTile[] {
  return [
    {
      id: 'activeAmbassadors',
      label: t('insights.figures.activeAmbassadors'),
      kind: 'count',
      figure: kpis.activeAmbassadors,
    },
    { id: 'shares', label: t('insights.figures.shares'), kind: 'count', figure: kpis.shares },
    { id: 'clicks', label: t('insights.figures.clicks'), kind: 'count', figure: kpis.clicks },
    { id: 'ctr', label: t('insights.figures.ctr'), kind: 'average', figure: kpis.ctr },
    {
      id: 'estimatedReach',
      label: t('insights.figures.estimatedReach'),
      kind: 'count',
      figure: kpis.estimatedReach,
    },
    {
      id: 'earnedMediaValue',
      label: t('insights.figures.earnedMediaValue'),
      kind: 'money',
      figure: kpis.earnedMediaValue,
    },
  ];
}
