import { readLeaderboard } from '../../challenges/leaderboard';
import { PROGRAMME_SCOPE } from '../../domain/standings';
import { buildLeaderboardCard } from '../cards/leaderboard-card';
import { challengeMessageTables } from '../challenge-messages';
import type { ChatCommand } from './chat-command';

export const leaderboardCommand: ChatCommand = {
  name: 'leaderboard',
  words: {
    en: ['leaderboard', 'ranking', 'standings', 'top'],
    fr: ['classement', 'palmarès', 'podium'],
  },
  description: {
    en: challengeMessageTables.en.leaderboardDescription,
    fr: challengeMessageTables.fr.leaderboardDescription,
  },
  audience: 'ambassadors',
  async run({ reply, locale, person, deps }) {
    const leaderboard = await readLeaderboard(deps.repositories, person.tenantId, person.id, {
      id: PROGRAMME_SCOPE,
    });
    await reply(buildLeaderboardCard(locale, leaderboard, deps.tabDeepLink('challenges')));
  },
};
