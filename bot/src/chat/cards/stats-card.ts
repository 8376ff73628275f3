import type { MyPoints } from '@contract/challenges';
import type { Impact } from '@contract/impact';
import type { Locale } from '@contract/locale';
import { networkNames } from '@contract/network';
import { fill, formattingTag, messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

/**
 * The person's impact in figures (totals, then per network), their points, rank and badges, with a button to the
 * tab's impact page.
 */
export function buildStatsCard(
  locale: Locale,
  impact: Impact,
  points: MyPoints,
  impactUrl: string,
): AdaptiveCard {
  const m = messagesFor(locale);
  const number = new Intl.NumberFormat(formattingTag(locale));
  const { totals } = impact;
  if (totals.shares === 0 && points.points === 0) {
    return adaptiveCard([title(m.statsTitle), paragraph(m.statsNone)]);
  }
  return adaptiveCard(
    [
      title(m.statsTitle),
      {
        type: 'FactSet',
        facts: [
          { title: m.statsShares, value: number.format(totals.shares) },
          { title: m.statsClicks, value: number.format(totals.clicks) },
          { title: m.statsReach, value: number.format(totals.estimatedReach) },
          { title: m.statsPoints, value: number.format(points.points) },
          ...(points.rank ? [{ title: m.statsRank, value: number.format(points.rank) }] : []),
          { title: m.statsBadges, value: number.format(points.badges.length) },
        ],
      },
      {
        type: 'FactSet',
        facts: impact.byNetwork.map((entry) => ({
          title: networkNames[entry.network],
          value: fill(m.statsByNetwork, {
            shares: number.format(entry.shares),
            clicks: number.format(entry.clicks),
          }),
        })),
      },
    ],
    [{ type: 'Action.OpenUrl', title: m.openImpact, url: impactUrl }],
  );
}
