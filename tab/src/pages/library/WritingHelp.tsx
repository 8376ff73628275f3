import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SparkleRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/locale';
import { writingAngleLabels, writingAngles } from '@contract/writing-angle';
import type { WritingAngle } from '@contract/writing-angle';
import type { Suggestion, SuggestionFinding } from '@contract/writing-help';
import { organisationQuery } from '../../api/organisation';
import { currentLocale } from '../../i18n/i18n';
import { describeError } from '../../ui/describeError';
import { ErrorState } from '../../ui/ErrorState';
import { problemText } from '../../ui/problemText';
import { FieldGroup } from '../../ui/FieldGroup';
import { issueMessage } from '../../ui/guardrailIssues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  angles: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  variants: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  variant: { listStyleType: 'none' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  findings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  flagged: { color: tokens.colorPaletteRedForeground1 },
  noted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface WritingHelpProps {
  /** The language the variants are written in (the form's). */
  language: Locale;
  /** Asks the API for the variants from this angle. */
  suggest: (angle: WritingAngle) => Promise<{ suggestions: Suggestion[] }>;
  /** Puts the chosen variant in the form's text, where the person edits it freely. */
  onUse: (text: string) => void;
}

/**
 * "Help me write it": three variants from the angle the person picks, each with what the charter's checks found
 * in it. Shown only where the organisation has the help (Azure OpenAI configured).
 */
export function WritingHelp(props: WritingHelpProps) {
  const available = useQuery(organisationQuery()).data?.writingHelp ?? false;
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  if (!available) return null;
  if (!open) {
    return (
      <div>
        <Button icon={<SparkleRegular />} onClick={() => setOpen(true)}>
          {t('writingHelp.open')}
        </Button>
      </div>
    );
  }
  return <WritingHelpPanel {...props} />;
}

function WritingHelpPanel({ language, suggest, onUse }: WritingHelpProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const listLabel = useId();
  const [angle, setAngle] = useState<WritingAngle>('why-it-matters');
  const [asking, setAsking] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[]>();
  const [error, setError] = useState<unknown>();
  const [used, setUsed] = useState<number>();

  async function ask() {
    setAsking(true);
    setError(undefined);
    setUsed(undefined);
    try {
      setSuggestions((await suggest(angle)).suggestions);
    } catch (failure) {
      setSuggestions(undefined);
      setError(failure);
    } finally {
      setAsking(false);
    }
  }

  return (
    <FieldGroup legend={t('writingHelp.title')} hint={t('writingHelp.intro')}>
      <div className={styles.root}>
        <Field label={t('writingHelp.angle')}>
          <RadioGroup
            value={angle}
            className={styles.angles}
            onChange={(_, data) => setAngle(data.value as WritingAngle)}
          >
            {writingAngles.map((choice) => (
              <Radio key={choice} value={choice} label={writingAngleLabels[choice][locale]} />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button
            icon={asking ? <Spinner size="tiny" /> : <SparkleRegular />}
            disabledFocusable={asking}
            onClick={() => void ask()}
          >
            {suggestions ? t('writingHelp.again') : t('writingHelp.ask')}
          </Button>
          <span role="status">{asking ? t('writingHelp.asking') : ''}</span>
        </div>
        {error !== undefined && <Failure error={error} />}
        {suggestions && (
          <>
            <p id={listLabel} className={styles.noted}>
              {t('writingHelp.editFreely')}
            </p>
            <ul className={styles.variants} aria-labelledby={listLabel}>
              {suggestions.map((suggestion, index) => (
                <li key={index} className={styles.variant}>
                  <Card>
                    <p className={styles.text} lang={language}>
                      {suggestion.text}
                    </p>
                    {suggestion.findings.length > 0 && (
                      <ul className={styles.findings}>
                        {suggestion.findings.map((finding) => (
                          <li
                            key={findingKey(finding)}
                            className={finding.kind === 'disclosure-added' ? styles.noted : styles.flagged}
                          >
                            {finding.kind === 'disclosure-added'
                              ? t('writingHelp.disclosureAdded', { disclosure: finding.disclosure })
                              : issueMessage(finding, t, locale)}
                          </li>
                        ))}
                      </ul>
                    )}
                    <div className={styles.actions}>
                      <Button
                        appearance={used === index ? 'primary' : 'secondary'}
                        onClick={() => {
                          onUse(suggestion.text);
                          setUsed(index);
                        }}
                      >
                        {t('writingHelp.use', { number: index + 1 })}
                      </Button>
                      {used === index && <span role="status">{t('writingHelp.used')}</span>}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </FieldGroup>
  );
}

/** Refusals that are no one's fault (a safety filter, the month's limit) are said gently; the rest as errors. */
const GENTLE_REFUSALS: ReadonlySet<string> = new Set([
  'writingHelp.contentFiltered',
  'writingHelp.monthlyCapReached',
]);

function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { reason } = describeError(error);
  if (reason && GENTLE_REFUSALS.has(reason.code)) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{problemText(t, reason)}</MessageBarBody>
      </MessageBar>
    );
  }
  return <ErrorState error={error} title={t('writingHelp.failed')} />;
}

function findingKey(finding: SuggestionFinding): string {
  switch (finding.kind) {
    case 'banned-term':
      return `term:${finding.term}`;
    case 'link-domain':
      return `domain:${finding.domain}`;
    default:
      return finding.kind;
  }
}
