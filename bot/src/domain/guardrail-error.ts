import { guardrailMessage, guardrailReason } from '@contract/guardrails';
import type { GuardrailIssue } from '@contract/guardrails';
import type { FieldError } from './refused';

/** A text a guardrail refuses, as a field error: its code for the tab, its English wording for logs. */
export function guardrailError(field: string, issue: GuardrailIssue): FieldError {
  return { field, ...guardrailReason(issue), message: guardrailMessage(issue, 'en') };
}
