import { Button, Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentStatuses } from '@contract/content';
import type { ContentStatus, StudioItemList } from '@contract/content';
import { getContentPage } from '../../../api/studioContent';
import { useAsync } from '../../../hooks/useAsync';
import { usePagedList } from '../../../hooks/usePagedList';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeading } from '../../../ui/PageHeading';
import { RouterLink } from '../../../ui/RouterLink';
import { contentStatusKeys } from '../studioLabels';
import { StudioItemTable } from './StudioItemTable';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  filter: { minWidth: '200px' },
  footer: { marginTop: tokens.spacingVerticalM },
});

/** Studio: all content by status, newest first, each opening its editor. */
export function ContentStudioPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [status, setStatus] = useState<ContentStatus | ''>('');
  const load = useCallback(
    (signal: AbortSignal) => getContentPage({ limit: PAGE_SIZE, ...(status ? { status } : {}) }, signal),
    [status],
  );
  const first = useAsync(load);

  return (
    <>
      <PageHeading title={t('contentStudio.title')} intro={t('contentStudio.intro')} />
      <div className={styles.toolbar}>
        <RouterLink to="/studio/content/new" appearance="button">
          <AddRegular aria-hidden /> {t('contentStudio.new')}
        </RouterLink>
        <Field label={t('contentStudio.statusFilter')} className={styles.filter}>
          <Select value={status} onChange={(_, data) => setStatus(data.value as ContentStatus | '')}>
            <option value="">{t('contentStudio.anyStatus')}</option>
            {contentStatuses.map((option) => (
              <option key={option} value={option}>
                {t(contentStatusKeys[option])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {first.status === 'loading' && <LoadingState label={t('contentStudio.loading')} />}
      {first.status === 'error' && <ErrorState error={first.error} onRetry={first.retry} />}
      {first.status === 'done' && (
        <ContentPages key={status} first={first.value} status={status} filtered={status !== ''} />
      )}
    </>
  );
}

function ContentPages({
  first,
  status,
  filtered,
}: {
  first: StudioItemList;
  status: ContentStatus | '';
  filtered: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const {
    items,
    hasMore,
    loadingMore,
    error: loadError,
    loadMore,
  } = usePagedList(first, (continuationToken) =>
    getContentPage({ limit: PAGE_SIZE, continuationToken, ...(status ? { status } : {}) }),
  );

  return (
    <>
      <StudioItemTable
        items={items}
        emptyMessage={filtered ? t('contentStudio.emptyFiltered') : t('contentStudio.empty')}
      />
      {loadError !== undefined && <ErrorState error={loadError} onRetry={() => void loadMore()} />}
      {hasMore && (
        <div className={styles.footer}>
          <Button
            onClick={() => void loadMore()}
            disabledFocusable={loadingMore}
            icon={loadingMore ? <Spinner size="tiny" /> : undefined}
          >
            {t('contentStudio.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
