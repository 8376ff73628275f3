import { Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { LearningPath } from '@contract/learning';
import { learningPathsQuery } from '../../api/learning';
import { useApiQuery } from '../../hooks/useApiQuery';
import { currentLocale } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/formatNumber';
import { localized } from '../../i18n/localized';
import { AsyncPage } from '../../ui/AsyncPage';
import { EmptyState } from '../../ui/EmptyState';
import { LabelBadge } from '../../ui/LabelBadge';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { learningModulePagePath } from '@contract/tab-pages';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
  },
  description: { margin: 0 },
  modules: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  module: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  done: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: '2px' },
  todo: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

/** Ambassadors: their training paths, where they are up to, and the way into each module. */
export function LearningPage() {
  const { t } = useTranslation();
  const paths = useApiQuery(learningPathsQuery());
  return (
    <AsyncPage
      title={t('learning.title')}
      intro={t('learning.intro')}
      state={paths}
      loadingLabel={t('learning.loading')}
    >
      {({ paths: mine }) =>
        mine.length === 0 ? <EmptyState message={t('learning.empty')} /> : <PathList paths={mine} />
      }
    </AsyncPage>
  );
}

function PathList({ paths }: { paths: readonly LearningPath[] }) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {paths.map((path) => (
        <PathPanel key={path.id} path={path} />
      ))}
    </div>
  );
}

function PathPanel({ path }: { path: LearningPath }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const done = path.modules.filter((module) => module.completed).length;
  return (
    <Panel title={localized(path.title, locale)}>
      <div>
        <LabelBadge color="brand">{t(`learning.levels.${path.level}`)}</LabelBadge>
      </div>
      <p className={styles.description}>{localized(path.description, locale)}</p>
      <Field
        label={t('learning.progressLabel')}
        hint={t('learning.progress', {
          count: done,
          done: formatNumber(done, locale),
          total: formatNumber(path.modules.length, locale),
        })}
        validationState={path.progress === 100 ? 'success' : 'none'}
        validationMessage={path.progress === 100 ? t('learning.pathDone') : undefined}
      >
        <ProgressBar value={path.progress} max={100} thickness="large" />
      </Field>
      <ol className={styles.modules}>
        {path.modules.map((module) => (
          <li key={module.id} className={styles.module}>
            {module.completed ? (
              <CheckmarkCircleFilled aria-hidden className={styles.done} />
            ) : (
              <CircleRegular aria-hidden className={styles.todo} />
            )}
            <span>
              <RouterLink to={learningModulePagePath(module.id)}>
                {localized(module.title, locale)}
              </RouterLink>
              <VisuallyHidden>
                {' '}
                ({module.completed ? t('learning.moduleDone') : t('learning.moduleTodo')})
              </VisuallyHidden>
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
