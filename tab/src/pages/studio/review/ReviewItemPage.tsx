import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ReviewDecision, StudioItem } from '@contract/content';
import type { ContentPolicy } from '@contract/content-policy';
import { slotKey, withPositions } from '@contract/text-slot';
import { commentReview, decideReview } from '../../../api/review';
import { contentPolicyQuery, studioItemQuery } from '../../../api/studioContent';
import { useApiQueries } from '../../../hooks/useApiQuery';
import { SuccessNotice } from '../../../ui/SuccessNotice';
import { AsyncPage } from '../../../ui/AsyncPage';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ErrorState } from '../../../ui/ErrorState';
import { PageHeading } from '../../../ui/PageHeading';
import { Panel } from '../../../ui/Panel';
import { RouterLink } from '../../../ui/RouterLink';
import { ContentDetails } from '../content/ContentDetails';
import { ContentStatusBadge } from '../StatusBadges';
import { contentStatusKeys } from '../studioLabels';
import { TextCorrections } from './TextCorrections';

const useStyles = makeStyles({
  decision: { marginBottom: tokens.spacingVerticalXL, maxWidth: '760px' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface Loaded {
  item: StudioItem;
  policy: ContentPolicy;
}

/** Studio: one submitted item, what the guardrails say of its texts, and the reviewer's decision. */
export function ReviewItemPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation();
  // Fresh: the decision is about the item as it is now.
  const loaded = useApiQueries(
    { item: studioItemQuery(itemId), policy: contentPolicyQuery() },
    { fresh: true },
  );
  return (
    <AsyncPage
      back={{ to: '/studio/review', label: t('review.item.back') }}
      state={loaded}
      loadingLabel={t('review.item.loading')}
    >
      {(value) => <ReviewView key={itemId} {...value} />}
    </AsyncPage>
  );
}

function ReviewView({ item: initial, policy }: Loaded) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const [item, setItem] = useState(initial);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [busy, setBusy] = useState<ReviewDecision['decision'] | 'comment'>();
  const [error, setError] = useState<unknown>();
  const [decided, setDecided] = useState<string>();
  const [correcting, setCorrecting] = useState(false);
  const [corrections, setCorrections] = useState<Record<string, string>>({});
  const corrected = withPositions(item.texts).flatMap((text) => {
    const value = corrections[slotKey(text)]?.trim();
    return value !== undefined && value !== text.text ? [{ ...text, text: value }] : [];
  });

  async function act(kind: ReviewDecision['decision'] | 'comment') {
    const text = comment.trim();
    // Changes, rejections and comments tell the author something: they need words.
    if (kind !== 'approve' && !text) {
      setCommentMissing(true);
      return;
    }
    setCommentMissing(false);
    setBusy(kind);
    setError(undefined);
    try {
      const updated =
        kind === 'comment'
          ? await commentReview(item.id, text)
          : await decideReview(item.id, {
              decision: kind,
              ...(text ? { comment: text } : {}),
              ...(kind === 'approve' && corrected.length > 0 ? { texts: corrected } : {}),
            });
      setItem(updated);
      setComment('');
      if (kind === 'approve') setCorrections({});
      setDecided(
        kind === 'comment'
          ? t('review.item.commented')
          : t('review.item.decided', { status: t(contentStatusKeys[updated.status]) }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  }

  const open = item.status === 'submitted';
  return (
    <>
      <PageHeading
        title={localized(item.title, locale)}
        intro={<ContentStatusBadge status={item.status} reach={item.reach} />}
      />
      {decided && (
        <SuccessNotice message={decided}>
          <RouterLink to="/studio/review">{t('review.item.next')}</RouterLink>
        </SuccessNotice>
      )}
      {open ? (
        <div className={styles.decision}>
          <Panel title={t('review.item.decision')}>
            {item.fourEyesApplies && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('review.item.fourEyes')}</MessageBarBody>
              </MessageBar>
            )}
            <Field
              label={t('review.item.comment')}
              hint={t('review.item.commentHint')}
              validationMessage={commentMissing ? t('review.item.commentRequired') : undefined}
            >
              <Textarea
                value={comment}
                rows={3}
                resize="vertical"
                onChange={(_, data) => setComment(data.value)}
              />
            </Field>
            {!item.fourEyesApplies && (
              <Switch
                checked={correcting}
                label={t('review.item.correct')}
                onChange={(_, data) => setCorrecting(data.checked)}
              />
            )}
            {correcting && !item.fourEyesApplies && (
              <>
                <p className={styles.hint}>{t('review.item.correctHint')}</p>
                <TextCorrections
                  texts={item.texts}
                  rules={policy.guardrails}
                  corrections={corrections}
                  onChange={(slot, value) => setCorrections((current) => ({ ...current, [slot]: value }))}
                />
              </>
            )}
            {error !== undefined && <ErrorState error={error} title={t('review.item.decisionFailed')} />}
            <div className={styles.actions}>
              {!item.fourEyesApplies && (
                <Button
                  appearance="primary"
                  disabledFocusable={busy !== undefined}
                  icon={busy === 'approve' ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void act('approve')}
                >
                  {corrected.length > 0 ? t('review.item.approveCorrected') : t('review.item.approve')}
                </Button>
              )}
              <Button disabledFocusable={busy !== undefined} onClick={() => void act('request-changes')}>
                {t('review.item.requestChanges')}
              </Button>
              <Button disabledFocusable={busy !== undefined} onClick={() => void act('reject')}>
                {t('review.item.reject')}
              </Button>
              <Button
                appearance="subtle"
                disabledFocusable={busy !== undefined}
                onClick={() => void act('comment')}
              >
                {t('review.item.addComment')}
              </Button>
              {busy && <span role="status">{t('review.item.recording')}</span>}
            </div>
          </Panel>
        </div>
      ) : (
        !decided && <p>{t('review.item.notSubmitted', { status: t(contentStatusKeys[item.status]) })}</p>
      )}
      <ContentDetails item={item} rules={policy.guardrails} />
    </>
  );
}
