import type { TFunction } from 'i18next';
import type { GuardrailIssue } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import { formatNumber } from '../i18n/formatNumber';

/** A stable key per issue, for lists. */
export function issueKey(issue: GuardrailIssue): string {
  switch (issue.kind) {
    case 'banned-term':
      return `term:${issue.term}`;
    case 'link-domain':
      return `domain:${issue.domain}`;
    default:
      return issue.kind;
  }
}

/** What to change, in the reader's language: the same rules the API enforces, said live. */
export function issueMessage(issue: GuardrailIssue, t: TFunction, locale: Locale): string {
  switch (issue.kind) {
    case 'empty':
      return t('share.issues.empty');
    case 'too-long':
      return t('share.issues.tooLong', {
        count: issue.length - issue.maxLength,
        excess: formatNumber(issue.length - issue.maxLength, locale),
      });
    case 'banned-term':
      return t('share.issues.bannedTerm', { term: issue.term });
    case 'link-domain':
      return t('share.issues.linkDomain', { domain: issue.domain });
  }
}
