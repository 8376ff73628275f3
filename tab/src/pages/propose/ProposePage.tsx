import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import type { Media } from '@contract/media';
import type { Network } from '@contract/network';
import { hasLinkOrMedia, MAX_PROPOSAL_TITLE_LENGTH } from '@contract/proposals';
import type { ProposalOptions } from '@contract/proposals';
import { isWebAddress } from '@contract/web-address';
import { myProposalsQuery, proposalOptionsQuery, propose } from '../../api/proposals';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncContent } from '../../ui/AsyncContent';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeading } from '../../ui/PageHeading';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';
import { checkDraftText, rulesFor } from '../studio/content/contentFormModel';
import { GuardrailFeedback } from '../studio/GuardrailFeedback';
import { MediaUpload } from '../studio/MediaUpload';
import { MyProposals } from './MyProposals';
import { NetworkLanguageSelects } from '../../ui/NetworkLanguageSelects';
import { SubmitButton } from '../../ui/SubmitButton';
import { PostPreview } from '../../ui/postPreview/PostPreview';
import { WritingHelp } from '../library/WritingHelp';
import { suggestForProposal } from '../../api/writingHelp';

const MAX_MEDIA = 4;

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    alignItems: 'start',
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 140px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Ambassadors propose a post of their own; once a reviewer approves it, it joins the library with their name. */
export function ProposePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const ambassador = me.enrolment.status === 'ambassador';
  return (
    <>
      <PageHeading title={t('propose.title')} intro={t('propose.intro')} />
      {ambassador ? (
        <ProposeWorkspace />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('propose.joinFirst')} <RouterLink to="/charter">{t('errors.actions.charter')}</RouterLink>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function ProposeWorkspace() {
  const styles = useStyles();
  const { t } = useTranslation();
  const options = useApiQuery(proposalOptionsQuery());
  const mine = useApiQuery(myProposalsQuery());
  return (
    <div className={styles.layout}>
      <Panel title={t('propose.formTitle')}>
        <AsyncContent state={options} loadingLabel={t('propose.loading')}>
          {(value) => <ProposalForm options={value} />}
        </AsyncContent>
      </Panel>
      <Panel title={t('propose.mine')}>
        <AsyncContent state={mine} loadingLabel={t('propose.mineLoading')}>
          {({ items }) => <MyProposals proposals={items} />}
        </AsyncContent>
      </Panel>
    </div>
  );
}

function ProposalForm({ options }: { options: ProposalOptions }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const feedbackId = useId();
  const [campaignId, setCampaignId] = useState(options.campaigns[0]?.id ?? '');
  const [network, setNetwork] = useState<Network>('linkedin');
  const [language, setLanguage] = useState<Locale>(locale);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [media, setMedia] = useState<Media[]>([]);
  const [problems, setProblems] = useState<{ text?: boolean; url?: 'url' | 'linkOrMedia' }>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sent, setSent] = useState<{ disclosure?: string }>();

  if (options.campaigns.length === 0) {
    return <p>{t('propose.noCampaigns')}</p>;
  }

  const rules = rulesFor(options.guardrails, network, language);
  const picture = media.find((medium) => medium.kind === 'image')?.url;
  const checked = checkDraftText({ key: 'proposal', network, language, text }, options.guardrails);
  const blocking = text.trim() !== '' && checked.issues.length > 0;

  async function send(event: FormEvent) {
    event.preventDefault();
    const link = url.trim();
    const invalid = {
      text: !text.trim() || checked.issues.length > 0,
      url: !hasLinkOrMedia({ url: link, media })
        ? ('linkOrMedia' as const)
        : link && !isWebAddress(link)
          ? ('url' as const)
          : undefined,
    };
    setProblems(invalid);
    if (invalid.text || invalid.url) return;
    setSending(true);
    setError(undefined);
    setSent(undefined);
    try {
      const result = await propose({
        campaignId,
        network,
        language,
        ...(title.trim() ? { title: title.trim() } : {}),
        text: text.trim(),
        ...(link ? { url: link } : {}),
        media: media.map((medium) => medium.id),
      });
      setSent(result.disclosureAdded ? { disclosure: rules.disclosure } : {});
      setTitle('');
      setText('');
      setUrl('');
      setMedia([]);
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void send(event)} noValidate>
      <Field label={t('propose.campaign')}>
        <Select value={campaignId} onChange={(_, data) => setCampaignId(data.value)}>
          {options.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {localized(campaign.name, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <NetworkLanguageSelects
        className={styles.row}
        network={network}
        language={language}
        onNetworkChange={setNetwork}
        onLanguageChange={setLanguage}
        labels={{ network: t('propose.network'), language: t('propose.language') }}
      />
      <Field label={t('propose.titleField')} hint={t('propose.titleHint')}>
        <Input
          value={title}
          lang={language}
          maxLength={MAX_PROPOSAL_TITLE_LENGTH}
          onChange={(_, data) => setTitle(data.value)}
        />
      </Field>
      <Field
        label={t('propose.text')}
        hint={t('propose.textHint')}
        required
        validationState={blocking || (problems.text && !text.trim()) ? 'error' : 'none'}
        validationMessage={problems.text && !text.trim() ? t('propose.textRequired') : undefined}
      >
        <Textarea
          value={text}
          lang={language}
          rows={6}
          resize="vertical"
          aria-describedby={feedbackId}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <GuardrailFeedback id={feedbackId} checked={checked} rules={rules} network={network} />
      <WritingHelp
        key={`${network}:${language}`}
        language={language}
        suggest={(angle) =>
          suggestForProposal({
            campaignId,
            network,
            language,
            angle,
            ...(title.trim() ? { title: title.trim() } : {}),
            ...(text.trim() ? { draft: text.trim() } : {}),
          })
        }
        onUse={setText}
      />
      <Field
        label={t('propose.url')}
        hint={t('propose.urlHint')}
        validationMessage={
          problems.url === 'url'
            ? t('contentStudio.editor.errors.url')
            : problems.url === 'linkOrMedia'
              ? t('propose.linkOrMedia')
              : undefined
        }
      >
        <Input type="url" value={url} onChange={(_, data) => setUrl(data.value)} />
      </Field>
      <MediaUpload media={media} max={MAX_MEDIA} onChange={setMedia} />
      <PostPreview
        network={network}
        text={checked.finalText}
        language={language}
        authorName={me.displayName}
        article={{ title: title.trim(), url: url.trim(), ...(picture ? { imageUrl: picture } : {}) }}
      />
      {error !== undefined && <ErrorState error={error} title={t('propose.failed')} />}
      {sent && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('propose.sent')}</MessageBarTitle>
            {sent.disclosure && t('share.disclosureAdded', { disclosure: sent.disclosure })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <SubmitButton busy={sending}>{t('propose.submit')}</SubmitButton>
        {sending && <span role="status">{t('propose.sending')}</span>}
      </div>
    </form>
  );
}
