import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, LockClosedRegular, SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PollDetails } from '@contract/polls';
import { pollPageQuery, closePoll, getPollResultsCsv, sendPoll } from '../../../api/polls';
import { saveFile } from '../../../host/saveFile';
import { formatDateTime } from '../../../i18n/formatDate';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSubmission } from '../../../hooks/useSubmission';
import { useSession } from '../../../session/sessionContext';
import { SuccessNotice } from '../../../ui/SuccessNotice';
import { AsyncPage } from '../../../ui/AsyncPage';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeading } from '../../../ui/PageHeading';
import { Panel } from '../../../ui/Panel';
import { ConfirmAction } from '../ConfirmAction';
import { audienceNames } from '../audienceNames';
import { NotReached } from '../NotReached';
import { usePageWithOrganisation } from '../usePageWithOrganisation';
import type { WithOrganisation } from '../usePageWithOrganisation';
import { useFactListStyles } from '../../../ui/useFactListStyles';
import { PollResults } from './PollResults';
import { PollStatusBadge } from './PollStatusBadge';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
});

type Loaded = WithOrganisation<PollDetails>;

/** Studio: one poll, its results as bars and a table, its CSV, and closing it early. */
export function PollPage() {
  const { pollId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = usePageWithOrganisation(useApiQuery(pollPageQuery(pollId)));
  return (
    <AsyncPage
      back={{ to: '/studio/polls', label: t('polls.page.back') }}
      state={loaded}
      loadingLabel={t('polls.page.loading')}
    >
      {(value) => <PollView {...value} />}
    </AsyncPage>
  );
}

function PollView({ page, organisation }: Loaded) {
  const styles = useStyles();
  const factList = useFactListStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const { poll, results, delivery } = page;
  const action = useSubmission();
  const [notice, setNotice] = useState<string>();

  const audienceParts = audienceNames(poll.audience, organisation, locale, (language) =>
    t(`languages.${language}`),
  );

  const act = (request: () => Promise<unknown>, done: string) =>
    action.run(async () => {
      await request();
      setNotice(done);
    });

  return (
    <>
      <PageHeading
        title={localized(poll.question, locale)}
        intro={<PollStatusBadge status={poll.status} />}
      />
      {notice && <SuccessNotice message={notice} />}
      <div className={styles.actions}>
        {poll.status === 'draft' && (
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabledFocusable={action.busy}
            onClick={() => void act(() => sendPoll(poll.id), t('polls.page.sent'))}
          >
            {t('polls.page.send')}
          </Button>
        )}
        {poll.status === 'open' && (
          <ConfirmAction
            label={t('polls.page.close')}
            confirmLabel={t('polls.page.closeDialog.confirm')}
            title={t('polls.page.closeDialog.title')}
            text={t('polls.page.closeDialog.text')}
            icon={<LockClosedRegular />}
            action={() => act(() => closePoll(poll.id), t('polls.page.closed'))}
          />
        )}
        <Button
          icon={<ArrowDownloadRegular />}
          disabledFocusable={action.busy}
          onClick={() =>
            void act(async () => {
              const text = await getPollResultsCsv(poll.id);
              saveFile({ fileName: `poll-${poll.id}.csv`, type: 'text/csv', text });
            }, t('polls.page.downloaded'))
          }
        >
          {t('polls.page.download')}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('polls.page.working')} />}
      </div>
      {action.error !== undefined && <ErrorState error={action.error} title={t('polls.page.actionFailed')} />}

      <div className={styles.layout}>
        <Panel title={t('polls.page.results')}>
          <p>{t('polls.page.voters', { count: results.voters })}</p>
          {results.voters === 0 ? (
            <EmptyState message={t('polls.page.noVotes')} />
          ) : (
            <PollResults poll={poll} results={results} />
          )}
        </Panel>
        <Panel title={t('polls.page.about')}>
          <dl className={factList.facts}>
            <dt className={factList.term}>{t('polls.columns.choice')}</dt>
            <dd className={factList.definition}>{t(`polls.choice.${poll.choice}`)}</dd>
            <dt className={factList.term}>{t('polls.page.privacy')}</dt>
            <dd className={factList.definition}>
              {poll.anonymous ? t('polls.page.anonymous') : t('polls.page.named')}
            </dd>
            <dt className={factList.term}>{t('polls.editor.visibility')}</dt>
            <dd className={factList.definition}>{t(`polls.visibility.${poll.resultsVisibility}`)}</dd>
            <dt className={factList.term}>
              {poll.closedAt ? t('polls.page.closedAt') : t('polls.page.closesAt')}
            </dt>
            <dd className={factList.definition}>
              {formatDateTime(poll.closedAt ?? poll.closesAt, locale, me.timeZone)}
            </dd>
            <dt className={factList.term}>{t('polls.page.audience')}</dt>
            <dd className={factList.definition}>
              {audienceParts.length > 0 ? audienceParts.join(', ') : t('polls.page.everyone')}
            </dd>
          </dl>
          {poll.outcome && <NotReached outcome={poll.outcome} />}
          {poll.status !== 'draft' && (
            <p>
              {t('polls.page.delivery', {
                sent: formatNumber(delivery.sent, locale),
                pending: formatNumber(delivery.pending + delivery.sending, locale),
                failed: formatNumber(delivery.failed, locale),
                unreachable: formatNumber(delivery.unreachable, locale),
              })}
            </p>
          )}
        </Panel>
      </div>
    </>
  );
}
