import { z } from 'zod';
import {
  campaignInsightsSchema,
  companySummarySchema,
  insightsSettingsSchema,
  itemInsightsSchema,
  programmeDashboardSchema,
  retentionSchema,
} from '@contract/insights';
import type {
  CampaignInsights,
  CompanySummary,
  InsightsSettings,
  InsightsSettingsInput,
  InsightsTable,
  ItemInsights,
  PeriodQuery,
  ProgrammeDashboard,
  Retention,
} from '@contract/insights';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/insights';

/** Programme managers: the programme over a period, compared with the previous one. */
export function getDashboard(period: PeriodQuery, signal?: AbortSignal): Promise<ProgrammeDashboard> {
  return apiRequest(`${PATH}/dashboard${query(period)}`, programmeDashboardSchema, { signal });
}

/** Programme managers: one campaign, targets vs actual. */
export function getCampaignInsights(
  campaignId: string,
  period: PeriodQuery,
  signal?: AbortSignal,
): Promise<CampaignInsights> {
  return apiRequest(
    `${PATH}/campaigns/${encodeURIComponent(campaignId)}${query(period)}`,
    campaignInsightsSchema,
    {
      signal,
    },
  );
}

/** Programme managers: one content item. */
export function getItemInsights(
  itemId: string,
  period: PeriodQuery,
  signal?: AbortSignal,
): Promise<ItemInsights> {
  return apiRequest(`${PATH}/items/${encodeURIComponent(itemId)}${query(period)}`, itemInsightsSchema, {
    signal,
  });
}

/** Programme managers: the share of each enrolment cohort still active, month by month. */
export function getRetention(months: number, signal?: AbortSignal): Promise<Retention> {
  return apiRequest(`${PATH}/retention${query({ months })}`, retentionSchema, { signal });
}

/** Every employee: the company-wide figures, aggregates only. */
export function getCompanySummary(period: PeriodQuery, signal?: AbortSignal): Promise<CompanySummary> {
  return apiRequest(`${PATH}/summary${query(period)}`, companySummarySchema, { signal });
}

export type ExportRequest = PeriodQuery & {
  table: InsightsTable;
  campaignId?: string;
  itemId?: string;
  months?: number;
};

/** One table as CSV text, as the server writes it (the answer is not JSON, so it comes back as it is). */
export function getInsightsCsv(request: ExportRequest): Promise<string> {
  return apiRequest(`${PATH}/export${query(request)}`, z.string());
}

/** Administrators (managers may read): CPM, CPC, currency and the reporting time zone. */
export function getInsightsSettings(signal?: AbortSignal): Promise<InsightsSettings> {
  return apiRequest(`${PATH}/settings`, insightsSettingsSchema, { signal });
}

export function updateInsightsSettings(input: InsightsSettingsInput): Promise<InsightsSettings> {
  return apiRequest(`${PATH}/settings`, insightsSettingsSchema, { method: 'PUT', body: input });
}

function query(values: { [name: string]: string | number | undefined }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
