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
import { apiQuery } from './apiQuery';
import type { ApiQuery } from './apiQuery';
import { apiRequest } from './apiRequest';

const PATH = '/api/v1/insights';

/** Programme managers: the programme over a period, compared with the previous one. */
export function dashboardQuery(period: PeriodQuery): ApiQuery<ProgrammeDashboard> {
  return apiQuery<ProgrammeDashboard>(`${PATH}/dashboard${query(period)}`);
}

/** Programme managers: one campaign, targets vs actual. */
export function campaignInsightsQuery(campaignId: string, period: PeriodQuery): ApiQuery<CampaignInsights> {
  return apiQuery<CampaignInsights>(`${PATH}/campaigns/${encodeURIComponent(campaignId)}${query(period)}`);
}

/** Programme managers: one content item. */
export function itemInsightsQuery(itemId: string, period: PeriodQuery): ApiQuery<ItemInsights> {
  return apiQuery<ItemInsights>(`${PATH}/items/${encodeURIComponent(itemId)}${query(period)}`);
}

/** Programme managers: the share of each enrolment cohort still active, month by month. */
export function retentionQuery(months: number): ApiQuery<Retention> {
  return apiQuery<Retention>(`${PATH}/retention${query({ months })}`);
}

/** Every employee: the company-wide figures, aggregates only. */
export function companySummaryQuery(period: PeriodQuery): ApiQuery<CompanySummary> {
  return apiQuery<CompanySummary>(`${PATH}/summary${query(period)}`);
}

export type ExportRequest = PeriodQuery & {
  table: InsightsTable;
  campaignId?: string;
  itemId?: string;
  months?: number;
};

/** One table as CSV text, as the server writes it (the answer is not JSON, so it comes back as it is). */
export function getInsightsCsv(request: ExportRequest): Promise<string> {
  return apiRequest<string>(`${PATH}/export${query(request)}`);
}

/** Administrators (managers may read): CPM, CPC, currency and the reporting time zone. */
export function insightsSettingsQuery(): ApiQuery<InsightsSettings> {
  return apiQuery<InsightsSettings>(`${PATH}/settings`);
}

export function updateInsightsSettings(input: InsightsSettingsInput): Promise<InsightsSettings> {
  return apiRequest<InsightsSettings>(`${PATH}/settings`, {
    method: 'PUT',
    changes: [PATH],
    body: input,
  });
}

function query(values: { [name: string]: string | number | undefined }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
