import type { PointsRules } from '@contract/challenges';
import type { ActivityEventDoc, OrganisationDoc } from './documents';

/** What an organisation starts with: sharing matters most, and clicks are capped so nobody farms them. */
export const defaultPointsRules: PointsRules = {
  share: 10,
  click: 1,
  pollVote: 2,
  proposal: 15,
  learningModule: 5,
  clickCapPerItemPerDay: 20,
};

export function pointsRulesOf(organisation: Pick<OrganisationDoc, 'pointsRules'> | undefined): PointsRules {
  if (!organisation?.pointsRules) return defaultPointsRules;
  const { share, click, pollVote, proposal, clickCapPerItemPerDay } = organisation.pointsRules;
  const learningModule = organisation.pointsRules.learningModule ?? defaultPointsRules.learningModule;
  return { share, click, pollVote, proposal, learningModule, clickCapPerItemPerDay };
}

/** Points an event is worth before any cap; activity that is not a contribution (nudges, joining) earns none. */
export function basePoints(type: ActivityEventDoc['type'], rules: PointsRules): number {
  switch (type) {
    case 'share':
      return rules.share;
    case 'click':
      return rules.click;
    case 'poll.vote':
      return rules.pollVote;
    case 'proposal':
      return rules.proposal;
    case 'learning.module':
      return rules.learningModule;
    default:
      return 0;
  }
}
