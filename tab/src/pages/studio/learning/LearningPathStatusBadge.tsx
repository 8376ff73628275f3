import { useTranslation } from 'react-i18next';
import type { LearningPathStatus } from '@contract/learning';
import { LabelBadge } from '../../../ui/LabelBadge';

const colours = { draft: 'informative', published: 'success' } as const satisfies Record<
  LearningPathStatus,
  string
>;

export function LearningPathStatusBadge({ status }: { status: LearningPathStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={colours[status]}>{t(`learningStudio.status.${status}`)}</LabelBadge>;
}
