import { useTranslation } from 'react-i18next';
import type { NudgeStatus } from '@contract/nudges';
import { LabelBadge } from '../../../ui/LabelBadge';

const colours = {
  scheduled: 'informative',
  sending: 'warning',
  sent: 'success',
  cancelled: 'subtle',
} as const satisfies Record<NudgeStatus, string>;

export function NudgeStatusBadge({ status }: { status: NudgeStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={colours[status]}>{t(`nudges.status.${status}`)}</LabelBadge>;
}
