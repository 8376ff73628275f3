import { insightsSettingsInputSchema } from '@contract/insights';
import type { InsightsSettings, InsightsSettingsInput } from '@contract/insights';

/** The settings as typed: amounts are text until saved ("2,5" is a French 2.5). */
export interface InsightsSettingsDraft {
  cpm: string;
  cpc: string;
  currency: string;
  reportingTimeZone: string;
}

export type SettingsField = keyof InsightsSettingsDraft;

export function draftFrom(settings: InsightsSettings): InsightsSettingsDraft {
  return {
    cpm: String(settings.cpm),
    cpc: String(settings.cpc),
    currency: settings.currency,
    reportingTimeZone: settings.reportingTimeZone,
  };
}

/** An amount typed with a comma or a point; NaN for anything else (so the contract rejects it). */
export function parseAmount(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export type SettingsCheck =
  { ok: true; input: InsightsSettingsInput } | { ok: false; invalid: SettingsField[] };

/** The draft as the API takes it, checked by the contract's own schema; the fields it refuses, if any. */
export function toSettingsInput(draft: InsightsSettingsDraft): SettingsCheck {
  const parsed = insightsSettingsInputSchema.safeParse({
    cpm: parseAmount(draft.cpm),
    cpc: parseAmount(draft.cpc),
    currency: draft.currency.trim().toUpperCase(),
    reportingTimeZone: draft.reportingTimeZone.trim(),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as SettingsField));
  return { ok: false, invalid: [...invalid] };
}
