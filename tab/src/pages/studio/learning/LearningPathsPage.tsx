import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StudioLearningPathList } from '@contract/learning';
import { read } from '../../../api/apiQuery';
import { studioLearningPathsQuery } from '../../../api/learningStudio';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { usePagedList } from '../../../hooks/usePagedList';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { LabelBadge } from '../../../ui/LabelBadge';
import { RouterLink } from '../../../ui/RouterLink';
import { StudioListPage } from '../StudioListPage';
import { StudioTable, useStudioTableStyles } from '../StudioTable';
import { LearningPathStatusBadge } from './LearningPathStatusBadge';

const PAGE_SIZE = 25;

/** Studio: every training path, latest first, with how many learners started and completed it. */
export function LearningPathsPage() {
  const { t } = useTranslation();
  const first = useApiQuery(studioLearningPathsQuery({ limit: PAGE_SIZE }));
  return (
    <StudioListPage
      title={t('learningStudio.title')}
      intro={t('learningStudio.intro')}
      newTo="/studio/learning/new"
      newLabel={t('learningStudio.new')}
      state={first}
      loadingLabel={t('learningStudio.loading')}
    >
      {(value) => <LearningPathPages first={value} />}
    </StudioListPage>
  );
}

function LearningPathPages({ first }: { first: StudioLearningPathList }) {
  const styles = useStudioTableStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const paged = usePagedList(first, (continuationToken) =>
    read(studioLearningPathsQuery({ limit: PAGE_SIZE, continuationToken })),
  );
  return (
    <StudioTable
      label={t('learningStudio.tableLabel')}
      columns={[
        t('learningStudio.columns.title'),
        t('learningStudio.columns.level'),
        t('learningStudio.columns.status'),
        t('learningStudio.columns.modules'),
        t('learningStudio.columns.started'),
        t('learningStudio.columns.completed'),
      ]}
      items={paged.items}
      emptyMessage={t('learningStudio.empty')}
      paging={{
        list: paged,
        shownText: t('learningStudio.shown', { count: paged.items.length }),
        loadMoreLabel: t('learningStudio.loadMore'),
        loadingLabel: t('learningStudio.loadingMore'),
      }}
    >
      {(path) => (
        <TableRow key={path.id}>
          <TableCell className={styles.wrap}>
            <RouterLink to={`/studio/learning/${encodeURIComponent(path.id)}`}>
              {localized(path.title, locale)}
            </RouterLink>{' '}
            {path.onboarding && <LabelBadge color="brand">{t('learningStudio.onboarding')}</LabelBadge>}
          </TableCell>
          <TableCell>{t(`learning.levels.${path.level}`)}</TableCell>
          <TableCell>
            <LearningPathStatusBadge status={path.status} />
          </TableCell>
          <TableCell>{formatNumber(path.modules.length, locale)}</TableCell>
          <TableCell>{formatNumber(path.learners.started, locale)}</TableCell>
          <TableCell>{formatNumber(path.learners.completed, locale)}</TableCell>
        </TableRow>
      )}
    </StudioTable>
  );
}
