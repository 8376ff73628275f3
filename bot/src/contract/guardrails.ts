import { z } from 'zod';
import type { Locale } from './locale';
import type { CodedReason } from './problem-codes';
import type { Network } from './network';
import { foldText } from './text';

/** The compliance rules a shared text must follow, per network and language (set by an administrator). */
export const guardrailsSchema = z.object({
  maxLength: z.number().int().positive(),
  /** Added at the end of the text when missing, e.g. "#collaborateur". */
  disclosure: z.string(),
  bannedTerms: z.array(z.string()),
  /** Links in the text must point to one of these domains (or a subdomain); empty means any. */
  allowedLinkDomains: z.array(z.string()),
});
export type Guardrails = z.infer<typeof guardrailsSchema>;

/** X counts every link as 23 characters whatever its length (t.co wrapping). */
export const X_LINK_LENGTH = 23;

/** What the tracked link adds to the length a network counts: X carries it in the post, after a space. */
export function linkLengthOn(network: Network): number {
  return network === 'x' ? X_LINK_LENGTH + 1 : 0;
}

export type GuardrailIssue =
  | { kind: 'too-long'; length: number; maxLength: number }
  | { kind: 'banned-term'; term: string }
  | { kind: 'link-domain'; domain: string }
  | { kind: 'empty' };

export interface CheckedText {
  /** The text as it will be shared: the person's text with the disclosure added if it was missing. */
  finalText: string;
  disclosureAdded: boolean;
  /** Length as the network counts it, including the tracked link when the network carries it with the text. */
  length: number;
  issues: GuardrailIssue[];
}

const URL_PATTERN = /https?:\/\/[^\s)]+/gi;

/**
 * Applies the guardrails to a text the person wrote; pure, so the tab shows live what the API enforces.
 * `linkLength` is how much the tracked link adds to what the network counts (X: 23 + a space; others: 0).
 */
export function checkShareText(text: string, rules: Guardrails, linkLength = 0): CheckedText {
  const trimmed = text.trim();
  const issues: GuardrailIssue[] = [];
  if (!trimmed) issues.push({ kind: 'empty' });

  const hasDisclosure = rules.disclosure === '' || foldText(trimmed).includes(foldText(rules.disclosure));
  const finalText = hasDisclosure || !trimmed ? trimmed : `${trimmed} ${rules.disclosure}`;

  const folded = foldText(finalText);
  for (const term of rules.bannedTerms) {
    if (term && folded.includes(foldText(term))) issues.push({ kind: 'banned-term', term });
  }
  for (const url of finalText.match(URL_PATTERN) ?? []) {
    const domain = hostOf(url);
    if (
      rules.allowedLinkDomains.length > 0 &&
      !rules.allowedLinkDomains.some((allowed) => isWithin(domain, allowed))
    ) {
      issues.push({ kind: 'link-domain', domain });
    }
  }
  const length = [...finalText].length + linkLength;
  if (length > rules.maxLength) issues.push({ kind: 'too-long', length, maxLength: rules.maxLength });

  return { finalText, disclosureAdded: !hasDisclosure && Boolean(trimmed), length, issues };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

function isWithin(domain: string, allowed: string): boolean {
  const base = allowed.toLowerCase().replace(/^\.+/, '');
  return domain === base || domain.endsWith(`.${base}`);
}

/** What the tab needs to know per (network, language) when no administrator has set rules yet. */
export function defaultGuardrails(network: Network, language: Locale): Guardrails {
  const maxLength = { linkedin: 3000, x: 280, facebook: 5000, instagram: 2200, tiktok: 2200 }[network];
  return {
    maxLength,
    disclosure: language === 'fr' ? '#collaborateur' : '#employee',
    bannedTerms:
      language === 'fr'
        ? ['confidentiel', 'rendement garanti', 'délit d’initié', 'avant l’annonce officielle']
        : ['confidential', 'guaranteed return', 'insider', 'before the official announcement'],
    allowedLinkDomains: [],
  };
}

/** One wording for each issue, used by the tab live and by the API when it refuses a text. */
export function guardrailMessage(issue: GuardrailIssue, locale: Locale): string {
  const fr = locale === 'fr';
  switch (issue.kind) {
    case 'empty':
      return fr ? 'Écrivez un texte avant de partager.' : 'Write a text before sharing.';
    case 'too-long': {
      const over = issue.length - issue.maxLength;
      return fr
        ? `Raccourcissez de ${over} caractère${over > 1 ? 's' : ''} (${issue.length} sur ${issue.maxLength}).`
        : `Shorten by ${over} character${over > 1 ? 's' : ''} (${issue.length} of ${issue.maxLength}).`;
    }
    case 'banned-term':
      return fr
        ? `Retirez « ${issue.term} » : la charte ne permet pas ce terme.`
        : `Remove “${issue.term}”: the charter does not allow this term.`;
    case 'link-domain':
      return fr
        ? `Le lien vers ${issue.domain} n’est pas autorisé ; gardez le lien suivi de l’article.`
        : `Links to ${issue.domain} are not allowed; keep the item's tracked link.`;
  }
}

/** The same issue as a code the tab translates, with what its text quotes. */
export function guardrailReason(issue: GuardrailIssue): CodedReason {
  switch (issue.kind) {
    case 'empty':
      return { code: 'guardrail.empty' };
    case 'too-long':
      return { code: 'guardrail.tooLong', params: { length: issue.length, maxLength: issue.maxLength } };
    case 'banned-term':
      return { code: 'guardrail.bannedTerm', params: { term: issue.term } };
    case 'link-domain':
      return { code: 'guardrail.linkDomain', params: { domain: issue.domain } };
  }
}
