import { MAX_MONTHLY_TOKENS } from '@contract/content-policy';
import type { ContentPolicy, ContentPolicyInput } from '@contract/content-policy';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';

export type RuleKey = `${Network}:${Locale}`;

/** One rule as the administrator edits it: lists one entry per line, the length as typed. */
export interface RuleDraft {
  network: Network;
  language: Locale;
  maxLength: string;
  disclosure: string;
  bannedTerms: string;
  allowedLinkDomains: string;
}

export interface SettingsFormValues {
  fourEyes: boolean;
  rules: Record<RuleKey, RuleDraft>;
  /** The writing help's monthly cap in tokens, as typed. */
  monthlyTokens: string;
}

export const ruleKey = (network: Network, language: Locale): RuleKey => `${network}:${language}`;

export function settingsFormFrom(policy: ContentPolicy): SettingsFormValues {
  const rules = Object.fromEntries(
    policy.guardrails.map((rule) => [
      ruleKey(rule.network, rule.language),
      {
        network: rule.network,
        language: rule.language,
        maxLength: String(rule.maxLength),
        disclosure: rule.disclosure,
        bannedTerms: rule.bannedTerms.join('\n'),
        allowedLinkDomains: rule.allowedLinkDomains.join('\n'),
      },
    ]),
  ) as Record<RuleKey, RuleDraft>;
  return { fourEyes: policy.fourEyes, rules, monthlyTokens: String(policy.writingHelp.monthlyTokens) };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export type SettingsValidation =
  | { ok: true; input: ContentPolicyInput }
  | { ok: false; invalidLength: RuleKey[]; invalidMonthlyTokens: boolean };

/**
 * Every rule as the API takes it; a length that is not a whole number from 1 is named by its rule, a monthly cap
 * that is not a whole number from 0 up to the API's maximum is flagged.
 */
export function toPolicyInput(values: SettingsFormValues): SettingsValidation {
  const drafts = Object.entries(values.rules) as [RuleKey, RuleDraft][];
  const invalidLength = drafts
    .filter(([, rule]) => !/^[1-9]\d{0,5}$/.test(rule.maxLength.trim()))
    .map(([key]) => key);
  const monthlyTokens = values.monthlyTokens.trim();
  const invalidMonthlyTokens = !/^\d{1,9}$/.test(monthlyTokens) || Number(monthlyTokens) > MAX_MONTHLY_TOKENS;
  if (invalidLength.length > 0 || invalidMonthlyTokens) {
    return { ok: false, invalidLength, invalidMonthlyTokens };
  }
  return {
    ok: true,
    input: {
      fourEyes: values.fourEyes,
      writingHelpMonthlyTokens: Number(monthlyTokens),
      guardrails: drafts.map(([, rule]) => ({
        network: rule.network,
        language: rule.language,
        maxLength: Number(rule.maxLength.trim()),
        disclosure: rule.disclosure.trim(),
        bannedTerms: lines(rule.bannedTerms),
        allowedLinkDomains: lines(rule.allowedLinkDomains).map((domain) => domain.toLowerCase()),
      })),
    },
  };
}
