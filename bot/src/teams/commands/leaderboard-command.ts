import { readLeaderboard } from '../../challenges/leaderboard';
import { PROGRAMME_SCOPE } from '../../domain/standings';
import { buildLeaderboardCard } from '../../chat/cards/leaderboard-card';
import { challengeMessageTables } from '../../chat/challenge-messages';
import { sendCard } from '../send-card';
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
  async run({ context, locale, person, deps }) {
    const leaderboard = await readLeaderboard(deps.repositories, person.tenantId, person.id, {
      id: PROGRAMME_SCOPE,
    });
    await sendCard(context, buildLeaderboardCard(locale, leaderboard, deps.tabDeepLink('challenges')));
  },
};
