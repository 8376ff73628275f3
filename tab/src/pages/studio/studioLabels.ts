import type { CampaignObjective, CampaignStatus } from '@contract/campaigns';
import type { ContentEvent, ContentReach, ContentStatus } from '@contract/content';

// Contract values mapped to resource keys (hyphens and dots do not suit i18next keys).

export const contentStatusKeys = {
  draft: 'studio.contentStatus.draft',
  submitted: 'studio.contentStatus.submitted',
  'changes-requested': 'studio.contentStatus.changesRequested',
  approved: 'studio.contentStatus.approved',
  rejected: 'studio.contentStatus.rejected',
  published: 'studio.contentStatus.published',
  expired: 'studio.contentStatus.expired',
  withdrawn: 'studio.contentStatus.withdrawn',
} as const satisfies Record<ContentStatus, string>;

/** Published content, as far as ambassadors are concerned: its campaign decides whether they see it. */
export const contentReachKeys = {
  'waiting-for-campaign': 'studio.contentReach.waitingForCampaign',
  'waiting-for-start': 'studio.contentReach.waitingForStart',
  visible: 'studio.contentReach.visible',
  'campaign-over': 'studio.contentReach.campaignOver',
} as const satisfies Record<ContentReach, string>;

export const contentReachColours = {
  'waiting-for-campaign': 'warning',
  'waiting-for-start': 'informative',
  visible: 'success',
  'campaign-over': 'subtle',
} as const satisfies Record<ContentReach, string>;

export const contentStatusColours = {
  draft: 'informative',
  submitted: 'warning',
  'changes-requested': 'warning',
  approved: 'brand',
  rejected: 'danger',
  published: 'success',
  expired: 'subtle',
  withdrawn: 'subtle',
} as const satisfies Record<ContentStatus, string>;

export const campaignStatusKeys = {
  draft: 'studio.campaignStatus.draft',
  scheduled: 'studio.campaignStatus.scheduled',
  live: 'studio.campaignStatus.live',
  ended: 'studio.campaignStatus.ended',
  archived: 'studio.campaignStatus.archived',
} as const satisfies Record<CampaignStatus, string>;

export const campaignStatusColours = {
  draft: 'informative',
  scheduled: 'brand',
  live: 'success',
  ended: 'subtle',
  archived: 'subtle',
} as const satisfies Record<CampaignStatus, string>;

export const objectiveKeys = {
  awareness: 'studio.objectives.awareness',
  recruitment: 'studio.objectives.recruitment',
  'employer-brand': 'studio.objectives.employerBrand',
  'product-launch': 'studio.objectives.productLaunch',
  'crisis-response': 'studio.objectives.crisisResponse',
  other: 'studio.objectives.other',
} as const satisfies Record<CampaignObjective, string>;

export const eventKeys = {
  created: 'studio.history.actions.created',
  proposed: 'studio.history.actions.proposed',
  submitted: 'studio.history.actions.submitted',
  commented: 'studio.history.actions.commented',
  corrected: 'studio.history.actions.corrected',
  approved: 'studio.history.actions.approved',
  'changes-requested': 'studio.history.actions.changesRequested',
  rejected: 'studio.history.actions.rejected',
  published: 'studio.history.actions.published',
  withdrawn: 'studio.history.actions.withdrawn',
  expired: 'studio.history.actions.expired',
} as const satisfies Record<ContentEvent['action'], string>;
