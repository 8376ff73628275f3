import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkShareText, linkLengthOn } from '@contract/guardrails';
import type { LibraryItem } from '@contract/library';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { shareItem } from '../../api/library';
import { copyToClipboard } from '../../host/clipboard';
import { openExternal } from '../../host/openExternal';
import { currentLocale } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/formatNumber';
import { networkNames } from '@contract/network';
import { useSession } from '../../session/sessionContext';
import { EmptyState } from '../../ui/EmptyState';
import { issueKey, issueMessage } from '../../ui/guardrailIssues';
import { ErrorState } from '../../ui/ErrorState';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { localized } from '../../i18n/localized';
import { PostPreview } from '../../ui/postPreview/PostPreview';
import { SchedulePost } from './SchedulePost';
import { planShare } from './sharePlan';
import { LinkedInPostButton } from './LinkedInPostButton';
import { ShareOutcome } from './ShareOutcome';
import { WritingHelp } from './WritingHelp';
import { suggestForItem } from '../../api/writingHelp';
import type { Outcome } from './ShareOutcome';
import { languagesFor, networksWithTexts, pickLanguage, textChoices } from './shareTexts';
import { TextChoice } from './TextChoice';

const useStyles = makeStyles({
  choices: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  counterRow: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  rules: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  issue: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
  onlyLanguage: { margin: 0, color: tokens.colorNeutralForeground2 },
  sideBySide: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
    alignItems: 'start',
  },
});

interface ShareFormProps {
  item: LibraryItem;
  onShared: (network: Network) => void;
}

/**
 * Pick a network, a language and, when there are several, the suggested text to start from; make it your own
 * within the guardrails, see the post as the network will show it, share.
 */
export function ShareForm({ item, onShared }: ShareFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me, host } = useSession();
  const locale = currentLocale();
  const available = useMemo(() => networksWithTexts(item), [item]);
  const [network, setNetwork] = useState<Network | undefined>(available[0]);
  const [preferredLanguage, setPreferredLanguage] = useState<Locale>(locale);
  // The text each (network, language) starts from, by position in the person's order of its texts.
  const [chosen, setChosen] = useState<Record<string, number>>({});
  // Each text keeps its own draft, so switching back and forth loses no edit.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [sharing, setSharing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [shareError, setShareError] = useState<unknown>();
  const resultRef = useRef<HTMLDivElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const counterId = useId();
  const issuesId = useId();

  const languages = network ? languagesFor(item, network) : [];
  const language = pickLanguage(languages, preferredLanguage);
  const choices = network && language ? textChoices(item, network, language, me.id) : [];
  const slot = `${network}:${language}`;
  const position = chosen[slot] ?? 0;
  const suggestion = choices[position];
  const draftKey = `${slot}:${position}`;
  const text = drafts[draftKey] ?? suggestion?.text ?? '';
  const checked =
    suggestion && network ? checkShareText(text, suggestion.guardrails, linkLengthOn(network)) : undefined;

  // The person learns the outcome (or why it failed) first: focus goes to the message.
  useEffect(() => {
    if (outcome !== undefined) outcomeRef.current?.focus();
    else if (shareError !== undefined) resultRef.current?.focus();
  }, [outcome, shareError]);

  if (!network || !language || !suggestion || !checked) {
    return (
      <Panel title={t('share.title')}>
        <EmptyState message={t('share.noTexts')} />
      </Panel>
    );
  }

  const networkName = networkNames[network];
  const { guardrails } = suggestion;
  const over = checked.length > guardrails.maxLength;
  const blocking = checked.issues.length > 0;
  const isAmbassador = me.enrolment.status === 'ambassador';

  async function share(chosen: Network, chosenLanguage: Locale) {
    setSharing(true);
    setShareError(undefined);
    setOutcome(undefined);
    try {
      const result = await shareItem(item.id, { network: chosen, language: chosenLanguage, text });
      const plan = planShare(result);
      // Copy first, while the person's click still counts as a gesture, then open the network's window.
      const copied = plan.copyText === undefined ? undefined : await copyToClipboard(plan.copyText);
      if (plan.openUrl) await openExternal(plan.openUrl, host.inTeams);
      setOutcome({ network: chosen, result, plan, copied });
      onShared(chosen);
    } catch (error) {
      setShareError(error);
    } finally {
      setSharing(false);
    }
  }

  return (
    <div className={styles.sideBySide}>
      <Panel title={t('share.title')}>
        <Field label={t('share.network')}>
          <RadioGroup
            value={network}
            className={styles.choices}
            onChange={(_, data) => {
              setNetwork(data.value as Network);
              setOutcome(undefined);
              setShareError(undefined);
            }}
          >
            {available.map((choice) => (
              <Radio key={choice} value={choice} label={networkNames[choice]} />
            ))}
          </RadioGroup>
        </Field>

        {languages.length > 1 ? (
          <Field label={t('share.language')}>
            <RadioGroup
              value={language}
              className={styles.choices}
              onChange={(_, data) => setPreferredLanguage(data.value as Locale)}
            >
              {languages.map((choice) => (
                <Radio key={choice} value={choice} label={t(`languages.${choice}`)} lang={choice} />
              ))}
            </RadioGroup>
          </Field>
        ) : (
          <p className={styles.onlyLanguage}>{t(`share.onlyLanguage.${language}`)}</p>
        )}

        {choices.length > 1 && (
          <TextChoice
            choices={choices}
            chosen={position}
            language={language}
            onChoose={(picked) => setChosen((current) => ({ ...current, [slot]: picked }))}
          />
        )}

        <Field
          label={t('share.text')}
          hint={t('share.textHint')}
          validationState={
            blocking && checked.issues.some((issue) => issue.kind !== 'empty') ? 'error' : 'none'
          }
        >
          <Textarea
            value={text}
            lang={language}
            resize="vertical"
            rows={8}
            aria-describedby={`${counterId} ${issuesId}`}
            onChange={(_, data) => setDrafts((current) => ({ ...current, [draftKey]: data.value }))}
          />
        </Field>

        <div className={styles.counterRow}>
          <span aria-hidden className={mergeClasses(over && styles.over)}>
            {t('share.counter', {
              length: formatNumber(checked.length, locale),
              max: formatNumber(guardrails.maxLength, locale),
            })}
          </span>
          <VisuallyHidden id={counterId}>
            {t('share.counterLabel', {
              length: formatNumber(checked.length, locale),
              max: formatNumber(guardrails.maxLength, locale),
            })}
          </VisuallyHidden>
          {network === 'x' && <span>{t('share.linkCounted', { count: linkLengthOn(network) })}</span>}
        </div>

        <ul className={styles.rules}>
          {guardrails.disclosure && (
            <li>
              {checked.disclosureAdded
                ? t('share.disclosureAdded', { disclosure: guardrails.disclosure })
                : t('share.disclosureIncluded', { disclosure: guardrails.disclosure })}
            </li>
          )}
          {guardrails.allowedLinkDomains.length > 0 && (
            <li>{t('share.allowedDomains', { domains: guardrails.allowedLinkDomains.join(', ') })}</li>
          )}
        </ul>

        <div id={issuesId} aria-live="polite">
          {blocking && (
            <>
              <VisuallyHidden>{t('share.issuesTitle')}</VisuallyHidden>
              <ul className={styles.issues}>
                {checked.issues.map((issue) => (
                  <li key={issueKey(issue)} className={styles.issue}>
                    {issueMessage(issue, t, locale)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        {isAmbassador && (
          <WritingHelp
            key={draftKey}
            language={language}
            suggest={(angle) => suggestForItem(item.id, { network, language, angle })}
            onUse={(chosen) => setDrafts((current) => ({ ...current, [draftKey]: chosen }))}
          />
        )}

        <div className={styles.actions}>
          {isAmbassador ? (
            <Button
              appearance="primary"
              disabledFocusable={blocking || sharing}
              icon={sharing ? <Spinner size="tiny" /> : undefined}
              aria-describedby={blocking ? issuesId : undefined}
              onClick={() => void share(network, language)}
            >
              {t('share.button', { network: networkName })}
            </Button>
          ) : (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                {t('share.joinFirst')} <RouterLink to="/charter">{t('errors.actions.charter')}</RouterLink>
              </MessageBarBody>
            </MessageBar>
          )}
          {sharing && <span role="status">{t('share.sharing')}</span>}
          {isAmbassador && (
            <LinkedInPostButton
              itemId={item.id}
              request={{ network, language, text }}
              blocked={blocking}
              onPosted={onShared}
            />
          )}
        </div>

        {isAmbassador && network === 'linkedin' && (
          <SchedulePost
            itemId={item.id}
            language={language}
            text={text}
            blockedBy={blocking ? issuesId : undefined}
          />
        )}

        <div ref={resultRef} tabIndex={-1} className={styles.focusTarget}>
          {shareError !== undefined && (
            <ErrorState error={shareError} onRetry={() => void share(network, language)} />
          )}
          {outcome && <ShareOutcome ref={outcomeRef} outcome={outcome} />}
        </div>
      </Panel>
      <Panel title={t('postPreview.title')}>
        <PostPreview
          network={network}
          text={checked.finalText}
          language={language}
          authorName={me.displayName}
          article={{
            title: localized(item.preview.title, language),
            url: item.url,
            ...(item.preview.imageUrl ? { imageUrl: item.preview.imageUrl } : {}),
          }}
        />
      </Panel>
    </div>
  );
}
