import type { BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeEventStatus } from '@contract/events';
import { LabelBadge } from '../../../ui/LabelBadge';

const colours: Record<ProgrammeEventStatus, BadgeProps['color']> = {
  draft: 'informative',
  published: 'success',
  cancelled: 'danger',
};

export function EventStatusBadge({ status }: { status: ProgrammeEventStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={colours[status]}>{t(`events.studio.statuses.${status}`)}</LabelBadge>;
}
