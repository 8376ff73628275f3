import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feed, FeedList } from '@contract/feeds';
import type { Locale } from '@contract/locale';
import { createFeed } from '../../../api/feeds';
import { useSubmission } from '../../../hooks/useSubmission';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { SubmitButton } from '../../../ui/SubmitButton';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
  },
});

export function AddFeedForm({
  campaigns,
  onAdded,
}: {
  campaigns: FeedList['campaigns'];
  onAdded: (feed: Feed) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [url, setUrl] = useState('');
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? '');
  const [language, setLanguage] = useState<Locale>(locale);
  const submission = useSubmission();
  const submit = () =>
    submission.run(async () => {
      onAdded(await createFeed({ url: url.trim(), campaignId, language }));
      setUrl('');
    });

  return (
    <Panel title={t('feeds.add.title')}>
      {campaigns.length === 0 ? (
        <EmptyState message={t('feeds.add.noCampaign')} />
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field label={t('feeds.add.url')} hint={t('feeds.add.urlHint')} required>
            <Input type="url" value={url} onChange={(_, data) => setUrl(data.value)} autoComplete="url" />
          </Field>
          <div className={styles.fields}>
            <Field label={t('feeds.add.campaign')}>
              <Select value={campaignId} onChange={(_, data) => setCampaignId(data.value)}>
                {campaigns.map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {localized(campaign.name, locale)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('feeds.add.language')} hint={t('feeds.add.languageHint')}>
              <Select value={language} onChange={(_, data) => setLanguage(data.value as Locale)}>
                <option value="fr">{t('languages.fr')}</option>
                <option value="en">{t('languages.en')}</option>
              </Select>
            </Field>
          </div>
          {submission.error !== undefined && <ErrorState error={submission.error} />}
          <div>
            <SubmitButton busy={submission.busy}>{t('feeds.add.submit')}</SubmitButton>
          </div>
        </form>
      )}
    </Panel>
  );
}
