import { myPointsAndBadges } from '../../challenges/my-points';
import { computeImpact } from '../../domain/impact';
import { buildStatsCard } from '../cards/stats-card';
import { inBothLanguages } from '../messages';
import type { ChatCommand } from './chat-command';

export const statsCommand: ChatCommand = {
  name: 'stats',
  words: {
    en: ['my stats', 'stats', 'statistics', 'my impact', 'impact'],
    fr: ['mes stats', 'mes statistiques', 'statistiques', 'mon impact'],
  },
  description: inBothLanguages('statsDescription'),
  audience: 'ambassadors',
  async run({ reply, locale, person, deps }) {
    const [shares, points] = await Promise.all([
      deps.repositories.shares.ofPerson(person.tenantId, person.id),
      myPointsAndBadges(deps.repositories, person.tenantId, person.id),
    ]);
    await reply(buildStatsCard(locale, computeImpact(shares), points, deps.tabDeepLink('impact')));
  },
};
