import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '@contract/campaigns';
import type { ContentStatus } from '@contract/content';
import { LabelBadge } from '../../ui/LabelBadge';
import {
  campaignStatusColours,
  campaignStatusKeys,
  contentStatusColours,
  contentStatusKeys,
} from './studioLabels';

export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={contentStatusColours[status]}>{t(contentStatusKeys[status])}</LabelBadge>;
}

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={campaignStatusColours[status]}>{t(campaignStatusKeys[status])}</LabelBadge>;
}
