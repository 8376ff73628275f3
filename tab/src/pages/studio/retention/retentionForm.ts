import { retentionSettingsSchema } from '@contract/compliance';
import type { RetentionSettings } from '@contract/compliance';

export const retentionFields = [
  'archiveYears',
  'activityMonths',
  'auditYears',
  'outboxDays',
  'leaversDays',
] as const satisfies readonly (keyof RetentionSettings)[];
export type RetentionField = (typeof retentionFields)[number];

/** The form keeps what was typed; the contract's own schema says what may be saved. */
export type RetentionDraft = Record<RetentionField, string>;

export function retentionDraft(settings: RetentionSettings): RetentionDraft {
  return Object.fromEntries(
    retentionFields.map((field) => [field, String(settings[field])]),
  ) as RetentionDraft;
}

/** The bounds of each field, read from the contract, so the hint and the check never disagree with the API. */
export function retentionBounds(field: RetentionField): { min: number; max: number } {
  const shape = retentionSettingsSchema.shape[field];
  return { min: shape.minValue ?? 0, max: shape.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function checkRetentionDraft(
  draft: RetentionDraft,
): { ok: true; settings: RetentionSettings } | { ok: false; invalid: RetentionField[] } {
  const typed = Object.fromEntries(
    retentionFields.map((field) => [field, /^\d+$/.test(draft[field].trim()) ? Number(draft[field]) : NaN]),
  );
  const parsed = retentionSettingsSchema.safeParse(typed);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0] as RetentionField));
  return { ok: false, invalid: retentionFields.filter((field) => invalid.has(field)) };
}
