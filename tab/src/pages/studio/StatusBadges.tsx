import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '@contract/campaigns';
import type { ContentReach, ContentStatus } from '@contract/content';
import { LabelBadge } from '../../ui/LabelBadge';
import {
  campaignStatusColours,
  campaignStatusKeys,
  contentReachColours,
  contentReachKeys,
  contentStatusColours,
  contentStatusKeys,
} from './studioLabels';

/** The item's status; for published content, whether ambassadors see it yet, which its campaign decides. */
export function ContentStatusBadge({ status, reach }: { status: ContentStatus; reach?: ContentReach }) {
  const { t } = useTranslation();
  if (reach) return <LabelBadge color={contentReachColours[reach]}>{t(contentReachKeys[reach])}</LabelBadge>;
  return <LabelBadge color={contentStatusColours[status]}>{t(contentStatusKeys[status])}</LabelBadge>;
}

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={campaignStatusColours[status]}>{t(campaignStatusKeys[status])}</LabelBadge>;
}
