import {
  Button,
  Field,
  Select,
  Spinner,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUndoRegular, EditRegular, SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LearningPathProgress, StudioLearningPath } from '@contract/learning';
import {
  getLearningPathProgressCsv,
  learningPathProgressQuery,
  setLearningPathStatus,
  studioLearningPathQuery,
} from '../../../api/learningStudio';
import { organisationQuery } from '../../../api/organisation';
import { saveFile } from '../../../host/saveFile';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { useSubmission } from '../../../hooks/useSubmission';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import type { Organisation } from '@contract/organisation';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeading } from '../../../ui/PageHeading';
import { Panel } from '../../../ui/Panel';
import { RouterLink } from '../../../ui/RouterLink';
import { SuccessNotice } from '../../../ui/SuccessNotice';
import { useFactListStyles } from '../../../ui/useFactListStyles';
import { StudioTable, useStudioTableStyles } from '../StudioTable';
import { audienceNames } from '../audienceNames';
import { LearningPathStatusBadge } from './LearningPathStatusBadge';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  panels: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  group: { maxWidth: '360px', marginBottom: tokens.spacingVerticalM },
});

interface Loaded {
  path: StudioLearningPath;
  progress: LearningPathProgress;
  organisation: Organisation;
}

/** Studio: one training path, publishing it, and how far its audience got, per group, with the CSV. */
export function LearningPathPage() {
  const { pathId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = useApiQueries({
    path: studioLearningPathQuery(pathId),
    progress: learningPathProgressQuery(pathId),
    organisation: organisationQuery(),
  });
  return (
    <AsyncPage
      back={{ to: '/studio/learning', label: t('learningStudio.page.back') }}
      state={loaded}
      loadingLabel={t('learningStudio.page.loading')}
    >
      {(value) => <LearningPathView {...value} />}
    </AsyncPage>
  );
}

function LearningPathView({ path, progress, organisation }: Loaded) {
  const styles = useStyles();
  const factList = useFactListStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useSubmission();
  const [notice, setNotice] = useState<string>();
  const act = (request: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await request();
      setNotice(done);
    });
  const audienceParts = audienceNames(path.audience, organisation, locale, (language) =>
    t(`languages.${language}`),
  );

  return (
    <>
      <PageHeading
        title={localized(path.title, locale)}
        intro={<LearningPathStatusBadge status={path.status} />}
      />
      {notice && <SuccessNotice message={notice} />}
      <div className={styles.actions}>
        <RouterLink to={`/studio/learning/${encodeURIComponent(path.id)}/edit`} appearance="button">
          <EditRegular aria-hidden /> {t('learningStudio.page.edit')}
        </RouterLink>
        {path.status === 'draft' ? (
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabledFocusable={action.busy}
            onClick={() =>
              void act(() => setLearningPathStatus(path.id, 'published'), t('learningStudio.page.published'))
            }
          >
            {t('learningStudio.page.publish')}
          </Button>
        ) : (
          <Button
            icon={<ArrowUndoRegular />}
            disabledFocusable={action.busy}
            onClick={() =>
              void act(() => setLearningPathStatus(path.id, 'draft'), t('learningStudio.page.unpublished'))
            }
          >
            {t('learningStudio.page.unpublish')}
          </Button>
        )}
        <Button
          icon={<ArrowDownloadRegular />}
          disabledFocusable={action.busy}
          onClick={() =>
            void act(async () => {
              const text = await getLearningPathProgressCsv(path.id);
              saveFile({ fileName: `learning-progress-${path.id}.csv`, type: 'text/csv', text });
            }, t('learningStudio.page.downloaded'))
          }
        >
          {t('learningStudio.page.download')}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('learningStudio.page.working')} />}
      </div>
      {action.error !== undefined && (
        <ErrorState error={action.error} title={t('learningStudio.page.actionFailed')} />
      )}
      <div className={styles.panels}>
        <Panel title={t('learningStudio.page.progress')}>
          <ProgressTable progress={progress} />
        </Panel>
        <Panel title={t('learningStudio.page.about')}>
          <dl className={factList.facts}>
            <dt className={factList.term}>{t('learningStudio.columns.level')}</dt>
            <dd className={factList.definition}>{t(`learning.levels.${path.level}`)}</dd>
            <dt className={factList.term}>{t('learningStudio.page.audience')}</dt>
            <dd className={factList.definition}>
              {audienceParts.length > 0 ? audienceParts.join(', ') : t('learningStudio.page.everyone')}
            </dd>
            <dt className={factList.term}>{t('learningStudio.columns.modules')}</dt>
            <dd className={factList.definition}>{formatNumber(path.modules.length, locale)}</dd>
          </dl>
        </Panel>
      </div>
    </>
  );
}

/** One group at a time (the whole audience first): the path, then each module, started and completed. */
function ProgressTable({ progress }: { progress: LearningPathProgress }) {
  const styles = useStyles();
  const tableStyles = useStudioTableStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [groupId, setGroupId] = useState('');
  const row = progress.rows.find((candidate) => (candidate.groupId ?? '') === groupId) ?? progress.rows[0];
  if (!row) return null;
  const steps = [
    { id: '', title: t('learningStudio.page.wholePath'), counts: row.path },
    ...row.modules.map((counts, index) => {
      const module = progress.modules[index];
      return {
        id: counts.moduleId,
        title: t('learningStudio.page.moduleStep', {
          number: index + 1,
          title: module ? localized(module.title, locale) : '',
        }),
        counts,
      };
    }),
  ];
  return (
    <>
      <Field className={styles.group} label={t('learningStudio.page.group')}>
        <Select value={groupId} onChange={(_, data) => setGroupId(data.value)}>
          {progress.rows.map((candidate) => (
            <option key={candidate.groupId ?? ''} value={candidate.groupId ?? ''}>
              {candidate.groupName
                ? localized(candidate.groupName, locale)
                : t('learningStudio.page.wholeAudience')}
            </option>
          ))}
        </Select>
      </Field>
      <p>{t('learningStudio.page.audienceCount', { count: row.audience })}</p>
      <StudioTable
        label={t('learningStudio.page.progress')}
        columns={[
          t('learningStudio.page.step'),
          t('learningStudio.columns.started'),
          t('learningStudio.columns.completed'),
        ]}
        items={steps}
        emptyMessage={t('learningStudio.page.noModules')}
      >
        {(step) => (
          <TableRow key={step.id}>
            <TableCell className={tableStyles.wrap}>{step.title}</TableCell>
            <TableCell>{formatNumber(step.counts.started, locale)}</TableCell>
            <TableCell>{formatNumber(step.counts.completed, locale)}</TableCell>
          </TableRow>
        )}
      </StudioTable>
    </>
  );
}
