import type { Leaderboard, PersonStanding } from '@contract/challenges';
import type { Locale } from '@contract/locale';
import { challengeMessagesFor } from '../challenge-messages';
import { fill, formattingTag } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

/** How many groups the chat card lists; the tab shows them all. */
const GROUPS_SHOWN = 3;

/** The programme's leaderboard in chat: the top people (named only if they chose to be), the asker, the top groups. */
export function buildLeaderboardCard(
  locale: Locale,
  leaderboard: Leaderboard,
  challengesUrl: string,
): AdaptiveCard {
  const m = challengeMessagesFor(locale);
  const number = new Intl.NumberFormat(formattingTag(locale));
  const points = (value: number) => fill(m.points, { points: number.format(value) });
  const actions = [{ type: 'Action.OpenUrl' as const, title: m.openChallenges, url: challengesUrl }];
  if (leaderboard.people.length === 0)
    return adaptiveCard([title(m.leaderboardTitle), paragraph(m.leaderboardEmpty)], actions);
  const name = (line: PersonStanding) => (line.me ? m.progressYou : (line.name ?? m.leaderboardHidden));
  const { me } = leaderboard;
  return adaptiveCard(
    [
      title(m.leaderboardTitle),
      {
        type: 'FactSet',
        facts: leaderboard.people.map((line) => ({
          title: `${line.rank}. ${name(line)}`,
          value: points(line.points),
        })),
      },
      ...(me && !leaderboard.people.some((line) => line.me)
        ? [paragraph(fill(m.leaderboardYou, { rank: me.rank, points: number.format(me.points) }))]
        : []),
      paragraph(m.leaderboardGroups),
      {
        type: 'FactSet',
        facts: leaderboard.groups.slice(0, GROUPS_SHOWN).map((group) => ({
          title: `${group.rank}. ${group.name[locale]}`,
          value: number.format(group.pointsPerMember),
        })),
      },
    ],
    actions,
  );
}
