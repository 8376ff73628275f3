import { useTranslation } from 'react-i18next';
import type { PollStatus } from '@contract/polls';
import { LabelBadge } from '../../../ui/LabelBadge';

const colours = { draft: 'informative', open: 'success', closed: 'subtle' } as const satisfies Record<
  PollStatus,
  string
>;

export function PollStatusBadge({ status }: { status: PollStatus }) {
  const { t } = useTranslation();
  return <LabelBadge color={colours[status]}>{t(`polls.status.${status}`)}</LabelBadge>;
}
