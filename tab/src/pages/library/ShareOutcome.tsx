import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '@contract/network';
import type { ShareResult } from '@contract/share';
import { copyToClipboard } from '../../host/clipboard';
import { networkNames } from '@contract/network';
import type { SharePlan } from './sharePlan';
import { ExternalLink } from '../../ui/ExternalLink';

export interface Outcome {
  network: Network;
  result: ShareResult;
  plan: SharePlan;
  /** Whether the text reached the clipboard; undefined when nothing had to be copied. */
  copied?: boolean;
}

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  paragraph: { margin: 0 },
  copyRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 'min(100%, 200px)' },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  linkWithIcon: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  copied: { alignSelf: 'center', color: tokens.colorNeutralForeground2 },
  focusable: { ':focus': { outlineStyle: 'none' } },
});

/** After sharing: what happened, what is left to do on the network, and the tracked link. */
export function ShareOutcome({
  outcome,
  ref,
}: {
  outcome: Outcome;
  /** Focused once shown, so the person hears the outcome first. */
  ref?: Ref<HTMLDivElement>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { network, result, plan, copied } = outcome;
  const name = networkNames[network];

  const guidance = (() => {
    switch (plan.guidance) {
      case 'finish-in-window':
        return t('share.result.finishInWindow', { network: name });
      case 'paste-in-window':
        return copied
          ? t('share.result.pasteInWindow', { network: name })
          : t('share.result.copyThenPaste', { network: name });
      case 'post-from-app':
        return copied
          ? t('share.result.postFromApp', { network: name })
          : t('share.result.copyThenPost', { network: name });
    }
  })();

  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" className={styles.focusable}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('share.result.title')}</MessageBarTitle>
        <p className={styles.paragraph}>{guidance}</p>
        {copied === false && plan.copyText !== undefined && (
          <CopyField label={t('share.result.textToPaste')} value={plan.copyText} multiline />
        )}
        <div className={styles.links}>
          {plan.openUrl && (
            <ExternalLink href={plan.openUrl}>{t('share.result.openAgain', { network: name })}</ExternalLink>
          )}
          {plan.downloadUrl && (
            <Link href={plan.downloadUrl} download className={styles.linkWithIcon}>
              <ArrowDownloadRegular aria-hidden />
              {t('share.result.download')}
            </Link>
          )}
        </div>
        <CopyField label={t('share.result.trackedLink')} value={result.trackedUrl} />
        {!result.firstShare && (
          <p className={styles.paragraph}>{t('share.result.alreadyShared', { network: name })}</p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A read-only text and its Copy button; selecting the text stays possible where copying is refused. */
function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  return (
    <div className={styles.copyRow}>
      <Field
        label={label}
        className={styles.grow}
        validationState={state === 'failed' ? 'warning' : 'none'}
        validationMessage={state === 'failed' ? t('share.result.copyFailed') : undefined}
      >
        {multiline ? (
          <Textarea
            value={value}
            readOnly
            resize="vertical"
            rows={5}
            onFocus={(event) => event.target.select()}
          />
        ) : (
          <Input value={value} readOnly onFocus={(event) => event.target.select()} />
        )}
      </Field>
      <Button
        icon={<CopyRegular />}
        aria-label={`${t('share.result.copy')} — ${label}`}
        onClick={() => void copyToClipboard(value).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {t('share.result.copy')}
      </Button>
      <span role="status" className={styles.copied}>
        {state === 'copied' ? t('share.result.copied') : ''}
      </span>
    </div>
  );
}
