import { Button, Field, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CampaignDecision, CampaignDetails } from '@contract/campaigns';
import { campaignPageQuery, deleteCampaign, setCampaignStatus } from '../../../api/campaigns';
import { formatDateTime } from '../../../i18n/formatDate';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSubmission } from '../../../hooks/useSubmission';
import { useSession } from '../../../session/sessionContext';
import { SuccessNotice } from '../../../ui/SuccessNotice';
import { AsyncPage } from '../../../ui/AsyncPage';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeading } from '../../../ui/PageHeading';
import { Panel } from '../../../ui/Panel';
import { RouterLink } from '../../../ui/RouterLink';
import { ConfirmAction } from '../ConfirmAction';
import { usePageWithOrganisation } from '../usePageWithOrganisation';
import type { WithOrganisation } from '../usePageWithOrganisation';
import { useFactListStyles } from '../../../ui/useFactListStyles';
import { StudioItemTable } from '../content/StudioItemTable';
import { CampaignStatusBadge } from '../StatusBadges';
import { audienceNames } from '../audienceNames';
import { campaignStatusKeys, objectiveKeys } from '../studioLabels';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalXL,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
});

type Loaded = WithOrganisation<CampaignDetails>;

/** Studio: one campaign, its progress against its targets, its content, and what can be decided about it. */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = usePageWithOrganisation(useApiQuery(campaignPageQuery(campaignId)));
  return (
    <AsyncPage
      back={{ to: '/studio/campaigns', label: t('campaigns.page.back') }}
      state={loaded}
      loadingLabel={t('campaigns.page.loading')}
    >
      {(value) => <CampaignView {...value} />}
    </AsyncPage>
  );
}

function CampaignView({ page, organisation }: Loaded) {
  const styles = useStyles();
  const factList = useFactListStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const locale = currentLocale();
  const { campaign, progress, items } = page;
  const change = useSubmission();
  const [notice, setNotice] = useState<string>();

  const { targets } = campaign;
  const brandName =
    organisation?.brands.find((brand) => brand.id === campaign.brandId)?.name ?? campaign.brandId;
  const audienceParts = audienceNames(campaign.audience, organisation, locale, (language) =>
    t(`languages.${language}`),
  );

  const decide = (status: CampaignDecision) =>
    change.run(async () => {
      const changed = await setCampaignStatus(campaign.id, status);
      setNotice(t('campaigns.page.statusChanged', { status: t(campaignStatusKeys[changed.status]) }));
    });

  const ratio = (value: number, target: number) =>
    target > 0 ? Math.min(1, value / target) : value > 0 ? 1 : 0;
  const percent = (rate: number) => `${formatNumber(Math.round(rate * 1000) / 10, locale)} %`;

  return (
    <>
      <PageHeading
        title={localized(campaign.name, locale)}
        intro={<CampaignStatusBadge status={campaign.status} />}
      />
      {notice && <SuccessNotice message={notice} />}
      <div className={styles.actions}>
        {campaign.status !== 'archived' && (
          <RouterLink to={`/studio/campaigns/${encodeURIComponent(campaign.id)}/edit`}>
            <EditRegular aria-hidden /> {t('campaigns.page.edit')}
          </RouterLink>
        )}
        {campaign.status === 'draft' && (
          <ConfirmAction
            appearance="primary"
            label={t('campaigns.page.plan')}
            confirmLabel={t('campaigns.page.planDialog.confirm')}
            title={t('campaigns.page.planDialog.title')}
            text={t('campaigns.page.planDialog.text', {
              count: progress.eligibleAmbassadors,
              people: formatNumber(progress.eligibleAmbassadors, locale),
              start: formatDateTime(campaign.startsAt, locale, me.timeZone),
              items: formatNumber(items.length, locale),
            })}
            action={() => decide('scheduled')}
          />
        )}
        {campaign.status === 'scheduled' && (
          <Button disabledFocusable={change.busy} onClick={() => void decide('draft')}>
            {t('campaigns.page.unplan')}
          </Button>
        )}
        {campaign.status !== 'archived' && (
          <ConfirmAction
            label={t('campaigns.page.archive')}
            confirmLabel={t('campaigns.page.archiveDialog.confirm')}
            title={t('campaigns.page.archiveDialog.title')}
            text={t('campaigns.page.archiveDialog.text')}
            icon={<ArchiveRegular />}
            action={() => decide('archived')}
          />
        )}
        {campaign.status === 'draft' && items.length === 0 && (
          <ConfirmAction
            label={t('campaigns.page.delete')}
            confirmLabel={t('campaigns.page.deleteDialog.confirm')}
            title={t('campaigns.page.deleteDialog.title')}
            text={t('campaigns.page.deleteDialog.text')}
            icon={<DeleteRegular />}
            action={async () => {
              await deleteCampaign(campaign.id);
              void navigate('/studio/campaigns');
            }}
          />
        )}
        {change.busy && <Spinner size="tiny" label={t('campaigns.page.changing')} />}
      </div>
      {change.error !== undefined && (
        <ErrorState error={change.error} title={t('campaigns.page.actionFailed')} />
      )}

      <div className={styles.layout}>
        <Panel title={t('campaigns.page.about')}>
          <dl className={factList.facts}>
            <dt className={factList.term}>{t('campaigns.page.objective')}</dt>
            <dd className={factList.definition}>{t(objectiveKeys[campaign.objective])}</dd>
            <dt className={factList.term}>{t('campaigns.page.brand')}</dt>
            <dd className={factList.definition}>{brandName}</dd>
            <dt className={factList.term}>{t('campaigns.page.period')}</dt>
            <dd className={factList.definition}>
              {t('campaigns.period', {
                start: formatDateTime(campaign.startsAt, locale, me.timeZone),
                end: formatDateTime(campaign.endsAt, locale, me.timeZone),
              })}
            </dd>
            <dt className={factList.term}>{t('campaigns.page.audience')}</dt>
            <dd className={factList.definition}>
              {audienceParts.length > 0 ? audienceParts.join(', ') : t('campaigns.page.everyone')}
            </dd>
            <dt className={factList.term}>{t('campaigns.page.slug')}</dt>
            <dd className={factList.definition}>{campaign.slug}</dd>
          </dl>
        </Panel>
        <Panel title={t('campaigns.page.progress')}>
          <Field
            label={t('campaigns.page.shares')}
            hint={t('campaigns.page.ofTarget', {
              value: formatNumber(progress.shares, locale),
              target: formatNumber(targets.shares, locale),
            })}
          >
            <ProgressBar value={ratio(progress.shares, targets.shares)} thickness="large" />
          </Field>
          <Field
            label={t('campaigns.page.clicks')}
            hint={t('campaigns.page.ofTarget', {
              value: formatNumber(progress.clicks, locale),
              target: formatNumber(targets.clicks, locale),
            })}
          >
            <ProgressBar value={ratio(progress.clicks, targets.clicks)} thickness="large" />
          </Field>
          <Field
            label={t('campaigns.page.participation')}
            hint={t('campaigns.page.participationDetail', {
              value: percent(progress.participationRate),
              target: percent(targets.participationRate),
              count: progress.participants,
              participants: formatNumber(progress.participants, locale),
              eligible: formatNumber(progress.eligibleAmbassadors, locale),
            })}
          >
            <ProgressBar
              value={ratio(progress.participationRate, targets.participationRate)}
              thickness="large"
            />
          </Field>
        </Panel>
      </div>

      <Panel title={t('campaigns.page.content')}>
        {campaign.status !== 'archived' && campaign.status !== 'ended' && (
          <div>
            <RouterLink
              to={`/studio/content/new?campaignId=${encodeURIComponent(campaign.id)}`}
              appearance="button"
            >
              <AddRegular aria-hidden /> {t('campaigns.page.addContent')}
            </RouterLink>
          </div>
        )}
        <StudioItemTable items={items} emptyMessage={t('campaigns.page.noContent')} showCampaign={false} />
      </Panel>
    </>
  );
}
