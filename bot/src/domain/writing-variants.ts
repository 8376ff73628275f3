import { checkShareText } from '@contract/guardrails';
import type { Guardrails } from '@contract/guardrails';
import type { Suggestion, SuggestionFinding } from '@contract/writing-help';

/** More than asked for is kept (nothing the model wrote is hidden), within reason. */
const MAX_VARIANTS = 10;

/**
 * The variants in the model's answer (`{"variants": [...]}`); undefined when the answer is not that, which the
 * caller reports rather than showing something half-read.
 */
export function readVariants(content: string | null | undefined): string[] | undefined {
  if (!content) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('variants' in parsed)) return undefined;
  const { variants } = parsed;
  if (!Array.isArray(variants) || variants.length === 0) return undefined;
  if (!variants.every((variant): variant is string => typeof variant === 'string')) return undefined;
  return variants.slice(0, MAX_VARIANTS);
}

/**
 * A variant as the person will see it, checked by the same rules as a text they share: the disclosure added when
 * missing, and everything the guardrails find said as a finding. A banned term stays where it is, flagged: the
 * person decides, and sharing it is refused anyway until they do.
 */
export function checkVariant(text: string, rules: Guardrails, linkLength: number): Suggestion {
  const checked = checkShareText(text, rules, linkLength);
  const findings: SuggestionFinding[] = [
    ...checked.issues,
    ...(checked.disclosureAdded ? [{ kind: 'disclosure-added' as const, disclosure: rules.disclosure }] : []),
  ];
  return { text: checked.finalText, findings };
}
