import { defaultInsightsSettings } from '@contract/insights';
import type { InsightsSettings } from '@contract/insights';
import type { OrganisationDoc } from '../documents';

/** The organisation's Insights settings, or the defaults until an administrator sets them. */
export function insightsSettingsOf(organisation: OrganisationDoc | undefined): InsightsSettings {
  const chosen = organisation?.insights;
  if (!chosen) return defaultInsightsSettings;
  const { cpm, cpc, currency, reportingTimeZone, updatedAt } = chosen;
  return { cpm, cpc, currency, reportingTimeZone, updatedAt };
}
