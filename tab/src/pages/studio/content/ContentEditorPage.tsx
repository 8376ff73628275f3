import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { Campaign } from '@contract/campaigns';
import type { StudioItem } from '@contract/content';
import type { ContentPolicy } from '@contract/content-policy';
import type { Organisation } from '@contract/organisation';
import { campaignsQuery } from '../../../api/campaigns';
import { contentPolicyQuery, studioItemQuery, withdrawContent } from '../../../api/studioContent';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { AsyncPage } from '../../../ui/AsyncPage';
import { PageHeading } from '../../../ui/PageHeading';
import { ConfirmAction } from '../ConfirmAction';
import { ContentStatusBadge } from '../StatusBadges';
import { usePageWithOrganisation } from '../usePageWithOrganisation';
import { contentStatusKeys } from '../studioLabels';
import { ContentDetails } from './ContentDetails';
import { ContentForm } from './ContentForm';
import type { Notice } from './ContentForm';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  notice: { marginBottom: tokens.spacingVerticalL },
});

export interface EditorData {
  campaigns: Campaign[];
  policy: ContentPolicy;
  item?: StudioItem;
  /** Names the campaign's audience; the editor works without it. */
  organisation?: Organisation;
}

/** Studio: writes new content (`/studio/content/new`), edits a draft, or shows an item no longer editable. */
export function ContentEditorPage() {
  const { itemId } = useParams();
  const { t } = useTranslation();
  // Fresh: the form starts from the item as it is now, and saving sends that version back.
  const loaded = usePageWithOrganisation(
    useApiQueries(
      {
        campaigns: campaignsQuery(),
        policy: contentPolicyQuery(),
        item: itemId ? studioItemQuery(itemId) : undefined,
      },
      { fresh: true },
    ),
  );

  return (
    <AsyncPage
      back={{ to: '/studio/content', label: t('contentStudio.editor.back') }}
      state={loaded}
      loadingLabel={t('contentStudio.editor.loading')}
    >
      {({ page: { campaigns, policy, item }, organisation }) => (
        <ContentWorkspace
          key={itemId ?? 'new'}
          data={{
            campaigns: campaigns.items,
            policy,
            ...(item ? { item } : {}),
            ...(organisation ? { organisation } : {}),
          }}
        />
      )}
    </AsyncPage>
  );
}

/** Holds the item as it changes here: saved, submitted (then shown read-only), withdrawn. */
function ContentWorkspace({ data }: { data: EditorData }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const locale = currentLocale();
  const [item, setItem] = useState(data.item);
  const [notice, setNotice] = useState<Notice | undefined>(() => noticeIn(location.state));
  const editable = !item || item.status === 'draft' || item.status === 'changes-requested';
  const title = item ? localized(item.title, locale) : t('contentStudio.editor.newTitle');

  return (
    <>
      <PageHeading
        title={title}
        intro={item ? <ContentStatusBadge status={item.status} reach={item.reach} /> : undefined}
      />
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {editable ? (
        <ContentForm
          data={data}
          item={item}
          initialCampaignId={searchParams.get('campaignId') ?? undefined}
          onSaved={(saved, message) => {
            setItem(saved);
            setNotice(message);
          }}
        />
      ) : (
        <>
          {item.status === 'submitted' && <p role="status">{t('contentStudio.editor.waitingReview')}</p>}
          {(item.status === 'approved' || item.status === 'published') && (
            <div className={styles.actions}>
              <ConfirmAction
                label={t('contentStudio.editor.withdraw')}
                confirmLabel={t('contentStudio.editor.withdrawDialog.confirm')}
                title={t('contentStudio.editor.withdrawDialog.title')}
                text={t('contentStudio.editor.withdrawDialog.text')}
                icon={<ArrowUndoRegular />}
                action={async () => {
                  setItem(await withdrawContent(item.id));
                  setNotice({ intent: 'success', title: t('contentStudio.editor.withdrawn') });
                }}
              />
            </div>
          )}
          {item.status !== 'submitted' && (
            <p>{t('contentStudio.editor.readOnly', { status: t(contentStatusKeys[item.status]) })}</p>
          )}
          <ContentDetails item={item} />
        </>
      )}
    </>
  );
}

/** The notice the editor passed along when it created the item and moved to its address. */
function noticeIn(state: unknown): Notice | undefined {
  const notice = (state as { notice?: Notice } | null)?.notice;
  return notice && typeof notice.title === 'string' ? notice : undefined;
}
