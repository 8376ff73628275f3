import type { ChallengeGoalKind } from '@contract/challenges';
import type { Locale } from '@contract/locale';
import { fill } from './messages';

const en = {
  announcementTitle: 'New challenge: {challenge}',
  announcementEnds: 'Until {date}. Taking part is up to you: points come from what you already do.',
  goalShares: 'Goal: share {target} items.',
  goalCampaignShares: 'Goal: share {target} items of the campaign "{campaign}".',
  goalPollVotes: 'Goal: answer {target} polls.',
  goalProposals: 'Goal: propose {target} items for the library.',
  goalClicks: 'Goal: bring {target} clicks to what you share.',
  progressTitle: 'Half way through "{challenge}"',
  resultsTitle: '"{challenge}" is over',
  progressYou: 'You',
  progressValue: '{progress} of {target}',
  progressPoints: 'Your points',
  progressRank: 'Your rank',
  progressDone: 'Goal reached: well done!',
  progressNone: 'No points yet. There is still time, if you wish.',
  resultsPlace: 'You finish in place {place} and win the winner’s badge.',
  leaderboardTitle: 'Leaderboard',
  leaderboardEmpty: 'Nobody has earned points yet.',
  leaderboardHidden: 'An ambassador',
  leaderboardYou: 'You: rank {rank}, {points} points',
  leaderboardGroups: 'Groups (points per ambassador)',
  leaderboardDescription: 'shows the leaderboard',
  points: '{points} points',
  openChallenges: 'See challenges and leaderboard',
};

export type ChallengeMessages = Record<keyof typeof en, string>;

const fr: ChallengeMessages = {
  announcementTitle: 'Nouveau défi : {challenge}',
  announcementEnds:
    'Jusqu’au {date}. Participer reste votre choix : les points viennent de ce que vous faites déjà.',
  goalShares: 'Objectif : partager {target} contenus.',
  goalCampaignShares: 'Objectif : partager {target} contenus de la campagne « {campaign} ».',
  goalPollVotes: 'Objectif : répondre à {target} sondages.',
  goalProposals: 'Objectif : proposer {target} contenus pour la bibliothèque.',
  goalClicks: 'Objectif : obtenir {target} clics sur vos partages.',
  progressTitle: 'À mi-parcours de « {challenge} »',
  resultsTitle: '« {challenge} » est terminé',
  progressYou: 'Vous',
  progressValue: '{progress} sur {target}',
  progressPoints: 'Vos points',
  progressRank: 'Votre rang',
  progressDone: 'Objectif atteint : bravo !',
  progressNone: 'Pas encore de points. Il est encore temps, si vous le souhaitez.',
  resultsPlace: 'Vous terminez à la place {place} et gagnez le badge des gagnants.',
  leaderboardTitle: 'Classement',
  leaderboardEmpty: 'Personne n’a encore gagné de points.',
  leaderboardHidden: 'Un ambassadeur',
  leaderboardYou: 'Vous : rang {rank}, {points} points',
  leaderboardGroups: 'Groupes (points par ambassadeur)',
  leaderboardDescription: 'affiche le classement',
  points: '{points} points',
  openChallenges: 'Voir les défis et le classement',
};

export const challengeMessageTables: Readonly<Record<Locale, ChallengeMessages>> = { en, fr };

export function challengeMessagesFor(locale: Locale): ChallengeMessages {
  return challengeMessageTables[locale];
}

const goalKeys: Record<ChallengeGoalKind, keyof ChallengeMessages> = {
  shares: 'goalShares',
  'poll-votes': 'goalPollVotes',
  proposals: 'goalProposals',
  clicks: 'goalClicks',
};

/** The goal in words; a share goal names its campaign when it has one. */
export function goalText(
  locale: Locale,
  goal: { kind: ChallengeGoalKind; target: number },
  campaignName?: string,
): string {
  const m = challengeMessagesFor(locale);
  const template = goal.kind === 'shares' && campaignName ? m.goalCampaignShares : m[goalKeys[goal.kind]];
  return fill(template, { target: goal.target, campaign: campaignName ?? '' });
}
