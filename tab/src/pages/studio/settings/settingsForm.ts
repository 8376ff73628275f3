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
  return { fourEyes: policy.fourEyes, rules };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export type SettingsValidation =
  { ok: true; input: ContentPolicyInput } | { ok: false; invalidLength: RuleKey[] };

/** Every rule as the API takes it; a length that is not a whole number from 1 is named by its rule. */
export function toPolicyInput(values: SettingsFormValues): SettingsValidation {
  const drafts = Object.entries(values.rules) as [RuleKey, RuleDraft][];
  const invalidLength = drafts
    .filter(([, rule]) => !/^[1-9]\d{0,5}$/.test(rule.maxLength.trim()))
    .map(([key]) => key);
  if (invalidLength.length > 0) return { ok: false, invalidLength };
  return {
    ok: true,
    input: {
      fourEyes: values.fourEyes,
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
