import { useTranslation } from 'react-i18next';
import type { StudioItemSummary } from '@contract/content';
import { reviewQueueQuery } from '../../../api/review';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AsyncPage } from '../../../ui/AsyncPage';
import { StudioItemTable } from '../content/StudioItemTable';

const QUEUE_SIZE = 100;
const toReview = (item: StudioItemSummary) => `/studio/review/${encodeURIComponent(item.id)}`;

/** Studio: what waits for a reviewer's decision, the longest-waiting first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const queue = useApiQuery(reviewQueueQuery({ limit: QUEUE_SIZE }));
  return (
    <AsyncPage
      title={t('review.title')}
      intro={t('review.intro')}
      state={queue}
      loadingLabel={t('review.loading')}
    >
      {({ items }) => (
        <StudioItemTable
          items={items}
          emptyMessage={t('review.empty')}
          linkTo={toReview}
          label={t('review.tableLabel')}
        />
      )}
    </AsyncPage>
  );
}
