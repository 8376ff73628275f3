import { Button, Field, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentStatuses } from '@contract/content';
import type { ContentStatus, StudioItemList } from '@contract/content';
import { read } from '../../../api/apiQuery';
import { contentPageQuery } from '../../../api/studioContent';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
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
  const first = useApiQuery(contentPageQuery({ limit: PAGE_SIZE, ...(status ? { status } : {}) }));

  return (
    <AsyncPage
      title={t('contentStudio.title')}
      intro={t('contentStudio.intro')}
      header={
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
      }
      state={first}
      loadingLabel={t('contentStudio.loading')}
    >
      {(value) => <ContentPages key={status} first={value} status={status} filtered={status !== ''} />}
    </AsyncPage>
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
    read(contentPageQuery({ limit: PAGE_SIZE, continuationToken, ...(status ? { status } : {}) })),
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
