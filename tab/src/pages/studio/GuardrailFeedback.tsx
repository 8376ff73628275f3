import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { linkLengthOn } from '@contract/guardrails';
import type { CheckedText, Guardrails } from '@contract/guardrails';
import type { Network } from '@contract/network';
import { formatNumber } from '../../i18n/formatNumber';
import { currentLocale } from '../../i18n/i18n';
import { issueKey, issueMessage } from '../../ui/guardrailIssues';
import { VisuallyHidden } from '../../ui/VisuallyHidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  counter: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  issue: { color: tokens.colorPaletteRedForeground1 },
});

interface GuardrailFeedbackProps {
  /** Referenced by the text field's aria-describedby, so screen readers hear it with the field. */
  id: string;
  checked: CheckedText;
  rules: Guardrails;
  network: Network;
}

/**
 * Live: the length as the network counts it, the disclosure, and what to change before it can go. Nothing is
 * wrong with a text not yet written: its form says it is required when the person tries to send it.
 */
export function GuardrailFeedback({ id, checked, rules, network }: GuardrailFeedbackProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const written = checked.finalText !== '';
  const issues = checked.issues.filter((issue) => issue.kind !== 'empty');
  const counts = { length: formatNumber(checked.length, locale), max: formatNumber(rules.maxLength, locale) };
  return (
    <div id={id} className={styles.root}>
      <span className={mergeClasses(styles.counter, checked.length > rules.maxLength && styles.over)}>
        <span aria-hidden>{t('share.counter', counts)}</span>
        <VisuallyHidden>{t('share.counterLabel', counts)}</VisuallyHidden>
        {network === 'x' && ` · ${t('share.linkCounted', { count: linkLengthOn(network) })}`}
      </span>
      {rules.disclosure && (
        <p className={styles.note}>
          {checked.disclosureAdded || !written
            ? t('share.disclosureAdded', { disclosure: rules.disclosure })
            : t('share.disclosureIncluded', { disclosure: rules.disclosure })}
        </p>
      )}
      <div aria-live="polite">
        {issues.length > 0 && (
          <ul className={styles.issues}>
            {issues.map((issue) => (
              <li key={issueKey(issue)} className={styles.issue}>
                {issueMessage(issue, t, locale)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
