import { useTranslation } from 'react-i18next';
import type { StudioItemSummary } from '@contract/content';
import { getReviewQueue } from '../../../api/review';
import { useAsync } from '../../../hooks/useAsync';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { StudioItemTable } from '../content/StudioItemTable';

const QUEUE_SIZE = 100;
const loadQueue = (signal: AbortSignal) => getReviewQueue({ limit: QUEUE_SIZE }, signal);
const toReview = (item: StudioItemSummary) => `/studio/review/${encodeURIComponent(item.id)}`;

/** Studio: what waits for a reviewer's decision, the longest-waiting first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const queue = useAsync(loadQueue);
  return (
    <>
      <PageHeading title={t('review.title')} intro={t('review.intro')} />
      {queue.status === 'loading' && <LoadingState label={t('review.loading')} />}
      {queue.status === 'error' && <ErrorState error={queue.error} onRetry={queue.retry} />}
      {queue.status === 'done' && (
        <StudioItemTable
          items={queue.value.items}
          emptyMessage={t('review.empty')}
          linkTo={toReview}
          label={t('review.tableLabel')}
        />
      )}
    </>
  );
}
