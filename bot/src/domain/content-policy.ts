import type { GuardrailRule } from '@contract/content-policy';
import { checkShareText, defaultGuardrails, linkLengthOn } from '@contract/guardrails';
import type { GuardrailIssue, Guardrails } from '@contract/guardrails';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import type { ContentItemDoc, ContentPolicyDoc, SuggestedText } from './documents';

/** The rules for texts on this network in this language: the administrator's, else the defaults. */
export function guardrailsFor(
  policy: ContentPolicyDoc | undefined,
  network: Network,
  language: Locale,
): Guardrails {
  const rule = policy?.guardrails.find(
    (candidate) => candidate.network === network && candidate.language === language,
  );
  if (!rule) return defaultGuardrails(network, language);
  const { maxLength, disclosure, bannedTerms, allowedLinkDomains } = rule;
  return { maxLength, disclosure, bannedTerms, allowedLinkDomains };
}

/** Every network × language with the rules in force, saying which ones an administrator set. */
export function guardrailMatrix(policy: ContentPolicyDoc | undefined): GuardrailRule[] {
  return networks.flatMap((network) =>
    locales.map((language) => ({
      network,
      language,
      ...guardrailsFor(policy, network, language),
      custom: Boolean(
        policy?.guardrails.some((rule) => rule.network === network && rule.language === language),
      ),
    })),
  );
}

/** Four eyes is on unless an administrator switched it off. */
export function isFourEyesOn(policy: ContentPolicyDoc | undefined): boolean {
  return policy?.fourEyes ?? true;
}

/**
 * Whether the four-eyes rule keeps this person from approving the item: they wrote it, or they are the
 * one who submitted it for review.
 */
export function fourEyesApplies(
  item: Pick<ContentItemDoc, 'authorId' | 'history'>,
  personId: string,
  policy: ContentPolicyDoc | undefined,
): boolean {
  if (!isFourEyesOn(policy)) return false;
  const submitter = item.history?.findLast(
    (event) => event.action === 'submitted' || event.action === 'proposed',
  )?.by.id;
  return item.authorId === personId || submitter === personId;
}

export interface TextsCheck {
  /** The texts as they will be offered: each with the disclosure added where it was missing. */
  texts: SuggestedText[];
  disclosureAddedTo: number[];
  failures: { index: number; issue: GuardrailIssue }[];
}

/** Checks every suggested text against its network's and language's rules, counting the tracked link. */
export function checkTexts(
  texts: readonly SuggestedText[],
  policy: ContentPolicyDoc | undefined,
): TextsCheck {
  const result: TextsCheck = { texts: [], disclosureAddedTo: [], failures: [] };
  texts.forEach((text, index) => {
    const rules = guardrailsFor(policy, text.network, text.language);
    const checked = checkShareText(text.text, rules, linkLengthOn(text.network));
    result.texts.push({ ...text, text: checked.finalText });
    if (checked.disclosureAdded) result.disclosureAddedTo.push(index);
    for (const issue of checked.issues) result.failures.push({ index, issue });
  });
  return result;
}
