import type { CampaignStatus } from '@contract/campaigns';
import type { ContentReach } from '@contract/content';
import type { ContentStatus } from '@contract/content';

/** Whether published content reaches ambassadors now, given its campaign's status; undefined until published. */
export function contentReach(
  status: ContentStatus,
  campaign: CampaignStatus | undefined,
): ContentReach | undefined {
  if (status !== 'published' || campaign === undefined) return undefined;
  switch (campaign) {
    case 'draft':
      return 'waiting-for-campaign';
    case 'scheduled':
      return 'waiting-for-start';
    case 'live':
      return 'visible';
    case 'ended':
    case 'archived':
      return 'campaign-over';
  }
}
