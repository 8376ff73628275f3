import { Field, Input, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentPolicy } from '@contract/content-policy';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { contentPolicyQuery, saveContentPolicy } from '../../../api/studioContent';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { SuccessNotice } from '../../../ui/SuccessNotice';
import { AsyncPage } from '../../../ui/AsyncPage';
import { NetworkLanguageSelects } from '../../../ui/NetworkLanguageSelects';
import { ErrorState } from '../../../ui/ErrorState';
import { FieldGroup } from '../../../ui/FieldGroup';
import { ruleKey, settingsFormFrom, toPolicyInput } from './settingsForm';
import type { RuleDraft, RuleKey, SettingsFormValues } from './settingsForm';
import { SubmitButton } from '../../../ui/SubmitButton';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 200px), 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Administrators: the guardrails every text follows, per network and language, and four-eyes approval. */
export function ContentSettingsPage() {
  const { t } = useTranslation();
  const policy = useApiQuery(contentPolicyQuery(), { fresh: true });
  return (
    <AsyncPage
      title={t('contentSettings.title')}
      intro={t('contentSettings.intro')}
      state={policy}
      loadingLabel={t('contentSettings.loading')}
    >
      {(value) => <SettingsForm policy={value} />}
    </AsyncPage>
  );
}

function SettingsForm({ policy }: { policy: ContentPolicy }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [values, setValues] = useState<SettingsFormValues>(() => settingsFormFrom(policy));
  const [custom, setCustom] = useState(
    () => new Set(policy.guardrails.filter((r) => r.custom).map((r) => ruleKey(r.network, r.language))),
  );
  const [network, setNetwork] = useState<Network>('linkedin');
  const [language, setLanguage] = useState<Locale>('fr');
  const [invalid, setInvalid] = useState<RuleKey[]>([]);
  const [invalidMonthlyTokens, setInvalidMonthlyTokens] = useState(false);
  const [tokensUsed, setTokensUsed] = useState(policy.writingHelp.usedThisMonth);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const key = ruleKey(network, language);
  const rule = values.rules[key];
  const setRule = (change: Partial<RuleDraft>) => {
    setSaved(false);
    setValues((current) => ({
      ...current,
      rules: { ...current.rules, [key]: { ...current.rules[key], ...change } },
    }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = toPolicyInput(values);
    if (!checked.ok) {
      setInvalid(checked.invalidLength);
      setInvalidMonthlyTokens(checked.invalidMonthlyTokens);
      const [first] = checked.invalidLength;
      if (first) {
        const [firstNetwork, firstLanguage] = first.split(':') as [Network, Locale];
        setNetwork(firstNetwork);
        setLanguage(firstLanguage);
      }
      return;
    }
    setInvalid([]);
    setInvalidMonthlyTokens(false);
    setSaving(true);
    setError(undefined);
    try {
      const result = await saveContentPolicy(checked.input);
      setValues(settingsFormFrom(result));
      setTokensUsed(result.writingHelp.usedThisMonth);
      setCustom(
        new Set(result.guardrails.filter((r) => r.custom).map((r) => ruleKey(r.network, r.language))),
      );
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <FieldGroup legend={t('contentSettings.review')}>
        <Switch
          label={t('contentSettings.fourEyes')}
          checked={values.fourEyes}
          onChange={(_, data) => {
            setSaved(false);
            setValues((current) => ({ ...current, fourEyes: data.checked }));
          }}
        />
        <span>{t('contentSettings.fourEyesHint')}</span>
      </FieldGroup>
      <FieldGroup legend={t('contentSettings.guardrails')} hint={t('contentSettings.guardrailsHint')}>
        <NetworkLanguageSelects
          className={styles.row}
          network={network}
          language={language}
          onNetworkChange={setNetwork}
          onLanguageChange={setLanguage}
          labels={{ network: t('contentSettings.network'), language: t('contentSettings.language') }}
        />
        <p role="status">{custom.has(key) ? t('contentSettings.custom') : t('contentSettings.defaults')}</p>
        <Field
          label={t('contentSettings.maxLength')}
          validationMessage={invalid.includes(key) ? t('contentSettings.maxLengthInvalid') : undefined}
        >
          <Input
            inputMode="numeric"
            value={rule.maxLength}
            onChange={(_, data) => setRule({ maxLength: data.value })}
          />
        </Field>
        <Field label={t('contentSettings.disclosure')} hint={t('contentSettings.disclosureHint')}>
          <Input value={rule.disclosure} onChange={(_, data) => setRule({ disclosure: data.value })} />
        </Field>
        <Field label={t('contentSettings.bannedTerms')} hint={t('contentSettings.onePerLine')}>
          <Textarea
            rows={5}
            resize="vertical"
            value={rule.bannedTerms}
            onChange={(_, data) => setRule({ bannedTerms: data.value })}
          />
        </Field>
        <Field label={t('contentSettings.allowedDomains')} hint={t('contentSettings.allowedDomainsHint')}>
          <Textarea
            rows={3}
            resize="vertical"
            value={rule.allowedLinkDomains}
            onChange={(_, data) => setRule({ allowedLinkDomains: data.value })}
          />
        </Field>
      </FieldGroup>
      <FieldGroup legend={t('contentSettings.writingHelp')}>
        <Field
          label={t('contentSettings.monthlyTokens')}
          hint={t('contentSettings.monthlyTokensHint')}
          validationMessage={invalidMonthlyTokens ? t('contentSettings.monthlyTokensInvalid') : undefined}
        >
          <Input
            inputMode="numeric"
            value={values.monthlyTokens}
            onChange={(_, data) => {
              setSaved(false);
              setValues((current) => ({ ...current, monthlyTokens: data.value }));
            }}
          />
        </Field>
        <span>{t('contentSettings.tokensUsed', { used: formatNumber(tokensUsed, currentLocale()) })}</span>
      </FieldGroup>
      {invalid.length > 0 && <p role="alert">{t('contentSettings.checkRules', { count: invalid.length })}</p>}
      {error !== undefined && <ErrorState error={error} title={t('contentSettings.saveFailed')} />}
      {saved && <SuccessNotice message={t('contentSettings.saved')} />}
      <div className={styles.actions}>
        <SubmitButton busy={saving}>{t('contentSettings.save')}</SubmitButton>
        {saving && <span role="status">{t('contentSettings.saving')}</span>}
      </div>
    </form>
  );
}
